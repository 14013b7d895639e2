using System.Globalization;
using CeGraph.Domain.Planning;
using Google.OrTools.Sat;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>
/// Solves a <see cref="PlanSearch"/> as a 0-1 covering program with OR-Tools CP-SAT: one boolean per candidate; per rule
/// still short, Σ min(contribution, deficit)·x ≥ deficit (all in hundredths of a credit, so exact integers); Σ x ≤ maxActivities
/// when given; and a single objective that is lexicographic by construction — MIN_CREDITS: Σ (cost·(n+1) + 1)·x (credits first,
/// then the count, which is at most n); MIN_ACTIVITIES: Σ (C + cost)·x with C = Σ cost + 1 (the count first, then credits).
/// The search starts from the search's hint, runs on <see cref="PlanningSettings.SolverWorkers"/> workers for at most
/// <see cref="PlanningSettings.SolverTimeLimit"/>, and reports OPTIMAL, FEASIBLE (time-out with a plan), INFEASIBLE or UNKNOWN.
/// CP-SAT's presolve is off: on these models (thousands of booleans, a handful of constraints) its dominance detection adds
/// hundreds of thousands of implications and used the whole time limit before the search began (measured on the
/// 100,000-activity catalog: presolve alone over 4 s; without it, the unpruned 6,000-candidate models solve to optimality in
/// under 0.5 s). <see cref="CandidatePruner"/> does the dominance reasoning that matters, once and exactly, beforehand.
/// </summary>
public sealed class CpSatPlanSolver(PlanningSettings settings) : IPlanSolver
{
    public PlanSolverResult Solve(PlanSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var n = search.Candidates.Count;
        var model = new CpModel();
        var x = new BoolVar[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = model.NewBoolVar(search.Candidates[i].Code);
        }

        for (var r = 0; r < search.Deficits.Count; r++)
        {
            if (search.Deficits[r] <= 0)
            {
                continue;
            }

            var vars = new List<BoolVar>();
            var coefficients = new List<long>();
            for (var i = 0; i < n; i++)
            {
                var useful = search.Useful(i, r);
                if (useful > 0)
                {
                    vars.Add(x[i]);
                    coefficients.Add(useful);
                }
            }

            model.Add(LinearExpr.WeightedSum(vars, coefficients) >= search.Deficits[r]);
        }

        if (search.MaxActivities is int max)
        {
            model.Add(LinearExpr.Sum(x) <= max);
        }

        model.Minimize(LinearExpr.WeightedSum(x, Weights(search)));
        var hinted = new HashSet<int>(search.Hint);
        for (var i = 0; i < n; i++)
        {
            model.AddHint(x[i], hinted.Contains(i));
        }

        var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{settings.SolverTimeLimit.TotalSeconds:0.######} num_workers:{settings.SolverWorkers} cp_model_presolve:false"),
        };
        var status = solver.Solve(model);
        return status switch
        {
            CpSolverStatus.Optimal => new PlanSolverResult(PlanSolverStatus.Optimal, Chosen(solver, x)),
            CpSolverStatus.Feasible => new PlanSolverResult(PlanSolverStatus.Feasible, Chosen(solver, x)),
            CpSolverStatus.Infeasible => PlanSolverResult.None(PlanSolverStatus.Infeasible),
            CpSolverStatus.ModelInvalid => throw new InvalidOperationException($"CP-SAT rejected the plan model: {model.Validate()}"),
            _ => PlanSolverResult.None(PlanSolverStatus.Unknown),
        };
    }

    /// <summary>The objective's weight per candidate; see the type's summary for why it is lexicographic.</summary>
    public static long[] Weights(PlanSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var n = search.Candidates.Count;
        var weights = new long[n];
        if (search.Objective == PlanObjective.MinActivities)
        {
            var perActivity = checked(search.Candidates.Sum(c => c.Cost) + 1);
            for (var i = 0; i < n; i++)
            {
                weights[i] = checked(perActivity + search.Candidates[i].Cost);
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                weights[i] = checked((search.Candidates[i].Cost * (n + 1L)) + 1);
            }
        }

        return weights;
    }

    private static int[] Chosen(CpSolver solver, BoolVar[] x)
    {
        var chosen = new List<int>();
        for (var i = 0; i < x.Length; i++)
        {
            if (solver.BooleanValue(x[i]))
            {
                chosen.Add(i);
            }
        }

        return [.. chosen];
    }
}
