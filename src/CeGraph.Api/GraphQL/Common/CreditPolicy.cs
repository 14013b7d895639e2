using System.Globalization;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// What counts as a valid credit amount: positive, a whole multiple of the increment (<c>Credits:Increment</c>, default 0.25 —
/// a CeGraph design choice, not a confirmed ARRT rule), and at most <see cref="MaxPerActivity"/>.
/// </summary>
public sealed class CreditPolicy(Credits increment)
{
    public static readonly Credits MaxPerActivity = new(100_000);

    public Credits Increment { get; } = increment.IsPositive ? increment : throw new ArgumentOutOfRangeException(nameof(increment));

    public static CreditPolicy FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["Credits:Increment"];
        return new CreditPolicy(string.IsNullOrWhiteSpace(text) ? new Credits(25) : Credits.Parse(text));
    }

    /// <summary>Checks a credit amount from input; returns the exact amount, or the error to report at <paramref name="path"/>.</summary>
    public (Credits Credits, UserError? Error) Check(decimal value, IReadOnlyList<string> path)
    {
        if (value <= 0m)
        {
            return (default, new InvalidCreditsError($"Credits must be greater than 0; got {Format(value)}.", path));
        }

        if (value > MaxPerActivity.ToDecimal())
        {
            return (default, new InvalidCreditsError($"Credits may be at most {MaxPerActivity}; got {Format(value)}.", path));
        }

        if (!Credits.TryFromDecimal(value, out var credits) || !credits.IsMultipleOf(Increment))
        {
            return (default, new InvalidCreditsError($"Credits must be a multiple of {Increment}; got {Format(value)}.", path));
        }

        return (credits, null);
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
