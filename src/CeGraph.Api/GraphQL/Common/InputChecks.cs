using System.Text.RegularExpressions;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>Checks of text inputs shared by the mutations; each returns the error to report, or null.</summary>
public static partial class InputChecks
{
    public const int MaxCodeLength = 64;

    public static UserError? Code(string? value, IReadOnlyList<string> path) =>
        string.IsNullOrWhiteSpace(value) || value.Length > MaxCodeLength || !CodePattern().IsMatch(value)
            ? new InvalidValueError($"A code is 1 to {MaxCodeLength} letters, digits, '.', '_' or '-'; got '{Shorten(value)}'.", "INVALID_CODE", path)
            : null;

    public static UserError? Text(string? value, int maxLength, IReadOnlyList<string> path) =>
        string.IsNullOrWhiteSpace(value) || value.Length > maxLength
            ? new InvalidValueError($"Give a non-empty text of at most {maxLength} characters.", "INVALID_TEXT", path)
            : null;

    public static string[] PathOf(params string[] segments) => segments;

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
