using System.Globalization;
using CeGraph.Api.WriteRules;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Reads the format's credit strings ("1.50"): plain decimal digits with at most two decimals; the amount then meets the
/// same <see cref="CreditRule"/> as the mutations' credits.
/// </summary>
public static class CreditsText
{
    /// <summary>Null when <paramref name="text"/> is valid, else the reason it is not.</summary>
    public static string? TryParse(string? text, string field, CreditRule rule, out Credits credits)
    {
        ArgumentNullException.ThrowIfNull(rule);
        credits = Credits.Zero;
        if (text is null)
        {
            return $"{field} is missing (a decimal string such as \"1.50\")";
        }

        if (!IsPlainDecimal(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !Credits.TryFromDecimal(value, out _))
        {
            return $"{field} \"{Shorten(text)}\" is not a decimal string with at most two decimals such as \"1.50\"";
        }

        return rule.Check(value, field, out credits)?.Message;
    }

    private static bool IsPlainDecimal(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return text.Length is > 0 and <= 20
               && dot != 0 && dot != text.Length - 1 && text.LastIndexOf('.') == dot
               && text.All(c => c is '.' or (>= '0' and <= '9'));
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
