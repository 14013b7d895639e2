namespace CeGraph.Api.WriteRules;

/// <summary>How many items a written list may hold; each limit keeps one write (and its validation) small.</summary>
public static class ListSizeRule
{
    public const string ErrorCode = "TOO_MANY_ITEMS";

    public const int MaxDistributionLines = 200;

    public const int MaxPrescriptionItems = 50;

    public const int MaxCompletions = 1000;

    public static WriteRuleViolation? Check(int count, int min, int max, string what) =>
        count < min || count > max
            ? new WriteRuleViolation(ErrorCode, min == 0 ? $"give at most {max} {what}; got {count}" : $"give {min} to {max} {what}; got {count}")
            : null;
}
