namespace CeGraph.Domain.Planning;

/// <summary>
/// The baseline: the classic greedy for covering problems. It repeatedly adds the candidate with the best gain — the credits it
/// adds toward the rules' remaining deficits (each rule counted up to its deficit) — per credit of cost for
/// <see cref="PlanObjective.MinCredits"/> (ties: the larger gain), or the largest gain for <see cref="PlanObjective.MinActivities"/>
/// (ties: the cheaper; then the earlier candidate), until every deficit is covered; then drops, most expensive first, any candidate the others no
/// longer need. Fast and deterministic, never proven optimal: it reports <see cref="PlanSolverStatus.Feasible"/>,
/// <see cref="PlanSolverStatus.Infeasible"/> when even every candidate together falls short, or
/// <see cref="PlanSolverStatus.Unknown"/> when its choice exceeds the search's bound on activities.
/// </summary>
public sealed class GreedyPlanner : IPlanSolver
{
    public static GreedyPlanner Instance { get; } = new();

    public PlanSolverResult Solve(PlanSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var rules = search.Deficits.Count;
        var remaining = search.Deficits.ToArray();
        var candidates = search.Candidates;
        var taken = new bool[candidates.Count];
        var chosen = new List<int>();
        while (remaining.Any(r => r > 0))
        {
            var best = -1;
            long bestGain = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (taken[i])
                {
                    continue;
                }

                long gain = 0;
                for (var r = 0; r < rules; r++)
                {
                    if (remaining[r] > 0)
                    {
                        gain += Math.Min(candidates[i].Contribution(r), remaining[r]);
                    }
                }

                if (gain > 0 && (best < 0 || Better(search.Objective, gain, candidates[i].Cost, bestGain, candidates[best].Cost)))
                {
                    best = i;
                    bestGain = gain;
                }
            }

            if (best < 0)
            {
                return PlanSolverResult.None(PlanSolverStatus.Infeasible);
            }

            taken[best] = true;
            chosen.Add(best);
            for (var r = 0; r < rules; r++)
            {
                remaining[r] -= Math.Min(candidates[best].Contribution(r), remaining[r]);
            }
        }

        DropRedundant(search, chosen);
        chosen.Sort();
        return search.MaxActivities is int max && chosen.Count > max
            ? PlanSolverResult.None(PlanSolverStatus.Unknown)
            : new PlanSolverResult(PlanSolverStatus.Feasible, chosen);
    }

    private static bool Better(PlanObjective objective, long gain, long cost, long bestGain, long bestCost)
    {
        if (objective == PlanObjective.MinActivities)
        {
            return gain > bestGain || (gain == bestGain && cost < bestCost);
        }

        // gain / cost > bestGain / bestCost without division (a zero cost is the best ratio there is); on equal ratios the
        // larger gain, as the objective's tie-break prefers fewer activities.
        var left = (Int128)gain * Math.Max(bestCost, 0);
        var right = (Int128)bestGain * Math.Max(cost, 0);
        return left > right || (left == right && (gain > bestGain || (gain == bestGain && cost < bestCost)));
    }

    private static void DropRedundant(PlanSearch search, List<int> chosen)
    {
        var byCostDescending = chosen
            .OrderByDescending(i => search.Candidates[i].Cost)
            .ThenByDescending(i => i)
            .ToArray();
        foreach (var candidate in byCostDescending)
        {
            chosen.Remove(candidate);
            if (!Covers(search, chosen))
            {
                chosen.Add(candidate);
            }
        }
    }

    private static bool Covers(PlanSearch search, List<int> chosen)
    {
        for (var r = 0; r < search.Deficits.Count; r++)
        {
            long sum = 0;
            foreach (var i in chosen)
            {
                sum += search.Useful(i, r);
            }

            if (sum < search.Deficits[r])
            {
                return false;
            }
        }

        return true;
    }
}
