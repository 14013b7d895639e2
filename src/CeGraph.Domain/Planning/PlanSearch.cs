namespace CeGraph.Domain.Planning;

/// <summary>
/// The covering problem a plan solves: choose a subset of <paramref name="Candidates"/> (each at most once) so that, for every
/// rule r, the chosen candidates' contributions add up to at least <c>Deficits[r]</c> (0 for a rule already satisfied), with at
/// most <paramref name="MaxActivities"/> chosen when set, minimising <paramref name="Objective"/>. <paramref name="Hint"/> is a
/// known feasible choice (indexes into <paramref name="Candidates"/>) a solver may start from; it may be empty.
/// </summary>
public sealed record PlanSearch(
    IReadOnlyList<long> Deficits,
    IReadOnlyList<PlanCandidate> Candidates,
    PlanObjective Objective,
    int? MaxActivities,
    IReadOnlyList<int> Hint)
{
    /// <summary>The contribution that matters for the search: what a candidate adds to a rule, up to the rule's deficit.</summary>
    public long Useful(int candidate, int rule) => Math.Min(Candidates[candidate].Contribution(rule), Deficits[rule]);

    /// <summary>True when the chosen candidates cover every deficit and respect the bound.</summary>
    public bool IsFeasible(IReadOnlyCollection<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (MaxActivities is int max && chosen.Count > max)
        {
            return false;
        }

        for (var r = 0; r < Deficits.Count; r++)
        {
            long sum = 0;
            foreach (var i in chosen)
            {
                sum += Useful(i, r);
            }

            if (sum < Deficits[r])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The objective value of a choice, comparable across choices of this search.</summary>
    public PlanCost CostOf(IEnumerable<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        long credits = 0;
        var count = 0;
        foreach (var i in chosen)
        {
            credits += Candidates[i].Cost;
            count++;
        }

        return new PlanCost(Objective, new Credits(credits), count);
    }
}
