namespace CeGraph.Domain.Evaluation;

/// <summary>
/// When completions count: either the <paramref name="TrailingMonths"/> months before <c>asOf</c>
/// (structured education), or the fixed dates <paramref name="Start"/> to <paramref name="End"/> (a CQR prescription).
/// Both ends are inclusive.
/// </summary>
public sealed record CompletionWindow(DateOnly? Start, DateOnly? End, int? TrailingMonths)
{
    public static CompletionWindow Trailing(int months) => new(null, null, months);

    public static CompletionWindow Between(DateOnly start, DateOnly end) => new(start, end, null);

    /// <summary>The inclusive dates this window covers for an evaluation as of <paramref name="asOf"/>.</summary>
    public (DateOnly Start, DateOnly End) Resolve(DateOnly asOf) =>
        TrailingMonths is int months
            ? (asOf.AddMonths(-months), asOf)
            : (Start ?? DateOnly.MinValue, End ?? DateOnly.MaxValue);
}
