using System.Globalization;
using CeGraph.Domain;

namespace CeGraph.Api.WriteRules;

/// <summary>
/// A credit amount as written (an activity's credits, a distribution line, a prescription item): greater than 0, at most
/// <see cref="MaxPerActivity"/>, and a whole multiple of the increment (<c>Credits:Increment</c>, default 0.25 — a CeGraph
/// design choice, not a confirmed ARRT rule).
/// </summary>
public sealed class CreditRule
{
    public const string ErrorCode = "INVALID_CREDITS";

    public const string IncrementSetting = "Credits:Increment";

    public static readonly Credits DefaultIncrement = new(25);

    /// <summary>One thousand credits: far above any real CE activity, low enough that no sum of lines overflows.</summary>
    public static readonly Credits MaxPerActivity = new(100_000);

    public CreditRule(Credits increment) =>
        Increment = increment.IsPositive ? increment : throw new ArgumentOutOfRangeException(nameof(increment), increment, "The credit increment must be greater than 0.");

    public Credits Increment { get; }

    /// <summary>The rule as the schema describes a credit amount (with the configured increment).</summary>
    public string Description => $"greater than 0, a multiple of the credit increment ({Increment})";

    public static CreditRule FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[IncrementSetting];
        return new CreditRule(string.IsNullOrWhiteSpace(text) ? DefaultIncrement : Credits.Parse(text));
    }

    /// <summary>Null and the exact amount when <paramref name="value"/> is valid, else why it is not.</summary>
    public WriteRuleViolation? Check(decimal value, string field, out Credits credits)
    {
        credits = Credits.Zero;
        var shown = value.ToString(CultureInfo.InvariantCulture);
        if (value <= 0m)
        {
            return new WriteRuleViolation(ErrorCode, $"{field} must be greater than 0; got {shown}");
        }

        if (value > MaxPerActivity.ToDecimal())
        {
            return new WriteRuleViolation(ErrorCode, $"{field} may be at most {MaxPerActivity}; got {shown}");
        }

        return Credits.TryFromDecimal(value, out credits) && credits.IsMultipleOf(Increment)
            ? null
            : new WriteRuleViolation(ErrorCode, $"{field} is not a multiple of {Increment}; got {shown}");
    }
}
