using System.Text.RegularExpressions;

namespace CeGraph.Api.WriteRules;

/// <summary>An activity or sponsor code as written and as referred to: 1 to <see cref="MaxLength"/> letters, digits, '.', '_' or '-'.</summary>
public static partial class CodeRule
{
    public const int MaxLength = 64;

    public const string ErrorCode = "INVALID_CODE";

    public static WriteRuleViolation? Check(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || !Pattern().IsMatch(value)
            ? new WriteRuleViolation(ErrorCode, $"{field} '{Shorten(value)}' is not a code of 1 to {MaxLength} letters, digits, '.', '_' or '-'")
            : null;

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
