namespace CeGraph.Api.WriteRules;

/// <summary>
/// Free text: not blank, at most a given length, and free of the characters <see cref="TextCharacters"/> refuses. Titles and
/// names are one line; a rejection reason may have line breaks.
/// </summary>
public static class TextRule
{
    public const int MaxTitleLength = 500;

    public const string ErrorCode = "INVALID_TEXT";

    public const string CharacterErrorCode = "INVALID_CHARACTER";

    public static WriteRuleViolation? Title(string? value, string field) => SingleLine(value, MaxTitleLength, field);

    public static WriteRuleViolation? SingleLine(string? value, int maxLength, string field) => Check(value, maxLength, field, allowLineBreaks: false);

    public static WriteRuleViolation? MultiLine(string? value, int maxLength, string field) => Check(value, maxLength, field, allowLineBreaks: true);

    private static WriteRuleViolation? Check(string? value, int maxLength, string field, bool allowLineBreaks)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new WriteRuleViolation(ErrorCode, $"{field} is missing or blank; give 1 to {maxLength} characters");
        }

        if (value.Length > maxLength)
        {
            return new WriteRuleViolation(ErrorCode, $"{field} is longer than {maxLength} characters");
        }

        return TextCharacters.FindRefused(value, allowLineBreaks) is { } refused
            ? new WriteRuleViolation(CharacterErrorCode, $"{field} contains {refused.Name} at character {refused.Index + 1}; "
                + (allowLineBreaks ? "control" : "line breaks, control")
                + ", bidirectional-control and non-character code points are not allowed")
            : null;
    }
}
