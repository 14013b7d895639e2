namespace CeGraph.Api.WriteRules;

/// <summary>A period (an approval, a prescription): the end, when there is one, is not before the start.</summary>
public static class DateRangeRule
{
    public const string ErrorCode = "INVALID_DATE_RANGE";

    public static WriteRuleViolation? Check(DateOnly start, DateOnly? end, string startField, string endField) =>
        end < start
            ? new WriteRuleViolation(ErrorCode, $"{endField} ({end:yyyy-MM-dd}) is before {startField} ({start:yyyy-MM-dd})")
            : null;
}
