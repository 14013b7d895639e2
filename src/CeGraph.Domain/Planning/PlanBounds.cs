namespace CeGraph.Domain.Planning;

/// <summary>
/// Bounds on every optimal plan of a search, derived from a known feasible plan (the incumbent); they make the pruning of
/// <see cref="CandidatePruner"/> exact. <see cref="Size"/> bounds how many activities an optimal plan holds; <see cref="Cost"/>,
/// for MIN_CREDITS, the credits of every optimal plan (null when there is no bound).
/// </summary>
public readonly record struct PlanBounds(int Size, long? Cost)
{
    /// <summary>
    /// With no incumbent: the bound on activities (or the number of candidates). MIN_ACTIVITIES: the incumbent's count.
    /// MIN_CREDITS: the incumbent's credits bound every optimal plan's credits; when a lower bound on the credits (see
    /// <see cref="CreditsLowerBound"/>) shows the incumbent's credits are already the least possible, optimal plans have those
    /// credits and so, by the tie-break, no more activities than the incumbent; otherwise they hold at most as many activities
    /// as the cheapest candidates that fit in the incumbent's credits.
    /// </summary>
    public static PlanBounds From(PlanSearch search, IReadOnlyCollection<int>? incumbent)
    {
        ArgumentNullException.ThrowIfNull(search);
        var size = search.MaxActivities ?? search.Candidates.Count;
        if (incumbent is null)
        {
            return new PlanBounds(size, null);
        }

        if (search.Objective == PlanObjective.MinActivities)
        {
            return new PlanBounds(Math.Min(size, incumbent.Count), null);
        }

        var budget = search.CostOf(incumbent).Credits.Hundredths;
        if (CreditsLowerBound(search) >= budget)
        {
            return new PlanBounds(Math.Min(size, incumbent.Count), budget);
        }

        var costs = search.Candidates.Select(c => c.Cost).Where(c => c <= budget).Order().ToArray();
        long spent = 0;
        var fits = 0;
        while (fits < costs.Length && spent + costs[fits] <= budget)
        {
            spent += costs[fits++];
        }

        return new PlanBounds(Math.Min(size, fits), budget);
    }

    /// <summary>
    /// A lower bound, in hundredths, on the credits of any feasible plan: for each rule r, deficit × the least cost per useful
    /// credit any candidate offers it (a plan must buy the deficit at that rate at best); and the sum of the deficits × the least
    /// cost per useful credit over all rules together. The largest of these, rounded up.
    /// </summary>
    public static long CreditsLowerBound(PlanSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var rules = search.Deficits.Count;
        long best = 0;
        long totalDeficit = 0;
        for (var r = 0; r <= rules; r++)
        {
            var deficit = r < rules ? search.Deficits[r] : totalDeficit;
            if (r < rules)
            {
                totalDeficit += Math.Max(0, deficit);
            }

            if (deficit <= 0)
            {
                continue;
            }

            // The least cost/useful ratio, as a fraction (cost, useful).
            long cost = 0, useful = 0;
            for (var i = 0; i < search.Candidates.Count; i++)
            {
                long gain = 0;
                if (r < rules)
                {
                    gain = search.Useful(i, r);
                }
                else
                {
                    for (var k = 0; k < rules; k++)
                    {
                        gain += Math.Max(0, search.Useful(i, k));
                    }
                }

                if (gain > 0 && (useful == 0 || (Int128)search.Candidates[i].Cost * useful < (Int128)cost * gain))
                {
                    (cost, useful) = (search.Candidates[i].Cost, gain);
                }
            }

            if (useful > 0)
            {
                var bound = (long)(((Int128)deficit * cost + useful - 1) / useful);
                best = Math.Max(best, bound);
            }
        }

        return best;
    }
}
