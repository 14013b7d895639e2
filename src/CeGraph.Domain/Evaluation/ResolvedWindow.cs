namespace CeGraph.Domain.Evaluation;

/// <summary>
/// A <see cref="CompletionWindow"/> pinned to concrete inclusive dates for one evaluation. Unlike
/// <see cref="CompletionWindow.Resolve"/> it never throws: a trailing window reaching past the calendar is clamped to it.
/// </summary>
internal readonly record struct ResolvedWindow(DateOnly Start, DateOnly End)
{
    public static ResolvedWindow For(CompletionWindow window, DateOnly asOf)
    {
        if (window.TrailingMonths is int months)
        {
            long monthsBack = months;
            var monthsSinceCalendarStart = ((asOf.Year - 1L) * 12) + asOf.Month - 1;
            var monthsUntilCalendarEnd = ((9999L - asOf.Year) * 12) + 12 - asOf.Month;
            if (monthsBack > monthsSinceCalendarStart)
            {
                return new ResolvedWindow(DateOnly.MinValue, asOf);
            }

            if (-monthsBack > monthsUntilCalendarEnd)
            {
                return new ResolvedWindow(DateOnly.MaxValue, asOf);
            }
        }

        var (start, end) = window.Resolve(asOf);
        return new ResolvedWindow(start, end);
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
