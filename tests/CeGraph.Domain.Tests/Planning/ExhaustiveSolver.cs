using CeGraph.Domain.Planning;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>
/// The reference solver: tries every subset of the candidates (at most 20) and returns the cheapest feasible one by the search's
/// objective (ties: the lexicographically smallest index set), as <see cref="PlanSolverStatus.Optimal"/>, or
/// <see cref="PlanSolverStatus.Infeasible"/>.
/// </summary>
public sealed class ExhaustiveSolver : IPlanSolver
{
    public int Calls { get; private set; }

    public PlanSolverResult Solve(PlanSearch search)
    {
        Calls++;
        var best = Best(search);
        return best is null ? PlanSolverResult.None(PlanSolverStatus.Infeasible) : new PlanSolverResult(PlanSolverStatus.Optimal, best);
    }

    /// <summary>The optimal choice, or null when none is feasible.</summary>
    public static int[]? Best(PlanSearch search)
    {
        var n = search.Candidates.Count;
        Assert.True(n <= 20, $"{n} candidates are too many to enumerate.");
        int[]? best = null;
        PlanCost bestCost = default;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var chosen = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).ToArray();
            if (!search.IsFeasible(chosen))
            {
                continue;
            }

            var cost = search.CostOf(chosen);
            if (best is null || cost < bestCost)
            {
                best = chosen;
                bestCost = cost;
            }
        }

        return best;
    }
}
