using CeGraph.Api.WriteRules;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// The write rules (folder <c>WriteRules</c>, shared with <c>import</c>) as payload errors: each check returns the typed error
/// to report at the input's path, or null.
/// </summary>
public static class InputChecks
{
    public static UserError? Code(string? value, IReadOnlyList<string> path) => ErrorAt(path, CodeRule.Check(value, FieldOf(path)));

    public static UserError? Title(string? value, IReadOnlyList<string> path) => ErrorAt(path, TextRule.Title(value, FieldOf(path)));

    /// <summary>One line of text (a name, a reference): no line breaks.</summary>
    public static UserError? Text(string? value, int maxLength, IReadOnlyList<string> path) =>
        ErrorAt(path, TextRule.SingleLine(value, maxLength, FieldOf(path)));

    /// <summary>Text that may run over several lines (a rejection reason).</summary>
    public static UserError? MultiLineText(string? value, int maxLength, IReadOnlyList<string> path) =>
        ErrorAt(path, TextRule.MultiLine(value, maxLength, FieldOf(path)));

    /// <summary>The period from <paramref name="start"/> to <paramref name="end"/>; an error points at the end field.</summary>
    public static UserError? DateRange(DateOnly start, DateOnly? end, string startField, IReadOnlyList<string> endPath) =>
        ErrorAt(endPath, DateRangeRule.Check(start, end, startField, FieldOf(endPath)));

    public static UserError? ListSize(int count, int min, int max, string what, IReadOnlyList<string> path) =>
        ErrorAt(path, ListSizeRule.Check(count, min, max, what));

    /// <summary>The concrete <see cref="UserError"/> type the contract names for each rule's code.</summary>
    public static UserError? ErrorAt(IReadOnlyList<string> path, WriteRuleViolation? violation) => violation switch
    {
        null => null,
        { Code: CreditRule.ErrorCode } => new InvalidCreditsError(Sentence(violation.Message), path),
        { Code: DateRangeRule.ErrorCode } => new InvalidDateRangeError(Sentence(violation.Message), path),
        { Code: ListSizeRule.ErrorCode } => new TooManyItemsError(Sentence(violation.Message), path),
        _ => new InvalidValueError(Sentence(violation.Message), violation.Code, path),
    };

    /// <summary>The input field a path ends in (<c>["input", "lines", "2", "credits"]</c> → <c>credits</c>), as the rules name it.</summary>
    public static string FieldOf(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Count == 0 ? "value" : path[^1];
    }

    // The rules word their messages as import reasons ("title is missing"); a payload error reads as a sentence.
    private static string Sentence(string message) => string.Concat(message[..1].ToUpperInvariant(), message.AsSpan(1), ".");
}
