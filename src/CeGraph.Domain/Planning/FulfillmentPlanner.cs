using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>
/// Plans which activities to add so that a requirement becomes fulfilled, at least cost (<see cref="PlanObjective"/>).
/// </summary>
/// <remarks>
/// Pure apart from the solver it is given. Steps: evaluate the completions; if they fulfil the requirement, nothing is planned.
/// Otherwise the deficits are each rule's <c>remaining</c>. A fixed window that does not contain <c>asOf</c> admits nothing
/// (planned activities are completed on <c>asOf</c>). Candidates are screened (<see cref="CandidateBuilder"/>); a rule that all of
/// them together, or its best <c>maxActivities</c>, cannot meet is a proven shortfall. Otherwise the greedy baseline runs, its
/// plan bounds the pruning (<see cref="CandidatePruner"/>), and the solver searches the pruned pool from the greedy plan. The
/// better of the two plans is returned (the solver's on ties), and re-evaluated with the engine as the plan's check.
/// </remarks>
public static class FulfillmentPlanner
{
    public static FulfillmentPlan Plan(PlanningInput input, IPlanSolver solver, PlannerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentOutOfRangeException.ThrowIfNegative(input.MaxActivities ?? 0, nameof(input));
        options ??= PlannerOptions.Default;
        var current = RequirementEvaluator.Evaluate(input.Current);
        if (current.Fulfilled)
        {
            return Answer(input, PlanStatus.AlreadyFulfilled, [], current, current, true, [], PlanStatistics.None);
        }

        var requirement = input.Current.Requirement;
        var rules = requirement.Rules;
        var deficits = current.Rules.Select(r => r.Remaining.Hundredths).ToArray();
        var window = ResolvedWindow.For(requirement.Window, input.Current.AsOf);
        if (!window.Contains(input.Current.AsOf))
        {
            var outside = Unsatisfied(current)
                .Select(i => new RuleShortfall(i, ShortfallReason.OutsideWindow, rules[i].Required, current.Rules[i].Earned, current.Rules[i].Earned,
                    current.Rules[i].Remaining, null, ShortfallText.OutsideWindow(i, rules[i], current.Rules[i].Earned, input.Current.AsOf, window)))
                .ToArray();
            return Answer(input, PlanStatus.Infeasible, [], current, current, true, outside, PlanStatistics.None);
        }

        var candidates = CandidateBuilder.Build(input.Current, input.Catalog);
        var shortfalls = RuleShortfalls(input, current, candidates);
        var noSearch = new PlanStatistics(candidates.Count, 0, true, null, null);
        if (shortfalls.Count > 0)
        {
            return Answer(input, PlanStatus.Infeasible, [], current, current, true, shortfalls, noSearch);
        }

        var search = new PlanSearch(deficits, candidates, input.Objective, input.MaxActivities, []);
        var greedy = GreedyPlanner.Instance.Solve(search);
        var greedyCost = greedy.HasSolution ? search.CostOf(greedy.Chosen) : (PlanCost?)null;
        var incumbent = Incumbent(search, greedy);
        var bounds = PlanBounds.From(search, incumbent);
        var (pool, exact) = CandidatePruner.Prune(search, bounds.Size, bounds.Cost, options.PoolCap, incumbent ?? []);
        var poolIndex = new Dictionary<int, int>(pool.Count);
        for (var p = 0; p < pool.Count; p++)
        {
            poolIndex[pool[p]] = p;
        }

        var hint = (incumbent ?? []).Where(poolIndex.ContainsKey).Select(i => poolIndex[i]).ToArray();
        var pruned = new PlanSearch(deficits, [.. pool.Select(i => candidates[i])], input.Objective, input.MaxActivities, hint);
        var solved = solver.Solve(pruned);
        var statistics = new PlanStatistics(candidates.Count, pool.Count, exact, solved.Status, greedyCost);
        var solverChoice = solved.HasSolution && pruned.IsFeasible(solved.Chosen) ? solved.Chosen.Select(p => pool[p]).ToArray() : null;
        int[]? chosen;
        bool optimal;
        if (solverChoice is not null && (incumbent is null || search.CostOf(solverChoice) <= search.CostOf(incumbent)))
        {
            chosen = solverChoice;
            optimal = solved.Status == PlanSolverStatus.Optimal && exact;
        }
        else
        {
            chosen = incumbent?.ToArray();
            optimal = false;
        }

        if (chosen is not null)
        {
            var planned = chosen.Select(i => candidates[i]).OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => Planned(c)).ToArray();
            return Answer(input, PlanStatus.Planned, planned, current, Recheck(input.Current, planned), optimal, [], statistics);
        }

        // Every rule can be met alone within the bound (checked above), so only the bound on activities can stand in the way.
        var max = input.MaxActivities ?? candidates.Count;
        if (solved.Status == PlanSolverStatus.Infeasible && exact)
        {
            var unbounded = Plan(input with { Objective = PlanObjective.MinActivities, MaxActivities = null }, solver, options);
            int? needed = unbounded is { Status: PlanStatus.Planned, Optimal: true } ? unbounded.ActivityCount : null;
            var together = new RuleShortfall(null, ShortfallReason.MaxActivities, null, null, null, null, needed, ShortfallText.Together(max, needed));
            return Answer(input, PlanStatus.Infeasible, [], current, current, true, [together], statistics);
        }

        var notFound = new RuleShortfall(null, ShortfallReason.MaxActivities, null, null, null, null, null, ShortfallText.NotFound(max));
        return Answer(input, PlanStatus.NotFound, [], current, current, false, [notFound], statistics);
    }

    /// <summary>The engine's evaluation of the completions plus the planned activities, each completed on <c>asOf</c>.</summary>
    public static EvaluationResult Recheck(EvaluationInput current, IReadOnlyList<PlannedActivity> planned)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(planned);
        var activities = new Dictionary<string, ActivityFact>(current.Activities, StringComparer.Ordinal);
        foreach (var activity in planned)
        {
            activities[activity.Code] = activity.Candidate.Activity;
        }

        var completions = current.Completions.Concat(planned.Select(a => new CompletionFact(a.Code, current.AsOf))).ToArray();
        return RequirementEvaluator.Evaluate(current with { Completions = completions, Activities = activities });
    }

    private static PlannedActivity Planned(PlanCandidate candidate)
    {
        var helps = new List<RuleHelp>();
        for (var r = 0; r < candidate.RuleCount; r++)
        {
            if (candidate.Contribution(r) > 0)
            {
                helps.Add(new RuleHelp(r, new Credits(candidate.Contribution(r))));
            }
        }

        return new PlannedActivity(candidate, helps);
    }

    /// <summary>
    /// The best plan known before the solver runs: the greedy baseline for the objective, or the greedy for the other objective
    /// when that one is better for this objective (for MIN_CREDITS, the greedy by cost ratio tends to pick many small activities).
    /// Null when neither finds a plan within the bound on activities.
    /// </summary>
    private static IReadOnlyList<int>? Incumbent(PlanSearch search, PlanSolverResult greedy)
    {
        var other = search.Objective == PlanObjective.MinCredits ? PlanObjective.MinActivities : PlanObjective.MinCredits;
        var alternative = GreedyPlanner.Instance.Solve(search with { Objective = other });
        if (!alternative.HasSolution)
        {
            return greedy.HasSolution ? greedy.Chosen : null;
        }

        return !greedy.HasSolution || search.CostOf(alternative.Chosen) < search.CostOf(greedy.Chosen) ? alternative.Chosen : greedy.Chosen;
    }

    private static List<RuleShortfall> RuleShortfalls(PlanningInput input, EvaluationResult current, IReadOnlyList<PlanCandidate> candidates)
    {
        var rules = input.Current.Requirement.Rules;
        var shortfalls = new List<RuleShortfall>();
        foreach (var r in Unsatisfied(current))
        {
            var outcome = current.Rules[r];
            var deficit = outcome.Remaining.Hundredths;
            var contributions = candidates.Select(c => c.Contribution(r)).Where(c => c > 0).OrderDescending().ToArray();
            var all = contributions.Sum();
            if (all < deficit)
            {
                var attainable = outcome.Earned + new Credits(all);
                var shortBy = rules[r].Required - attainable;
                shortfalls.Add(new RuleShortfall(r, ShortfallReason.NotEnoughEligibleCredits, rules[r].Required, outcome.Earned, attainable, shortBy, null,
                    ShortfallText.NotEnough(r, rules[r], outcome.Earned, attainable, shortBy)));
                continue;
            }

            if (input.MaxActivities is not int max)
            {
                continue;
            }

            var best = contributions.Take(Math.Max(0, max)).Sum();
            if (best < deficit)
            {
                var needed = 0;
                for (long sum = 0; sum < deficit; needed++)
                {
                    sum += contributions[needed];
                }

                var attainable = outcome.Earned + new Credits(best);
                var shortBy = rules[r].Required - attainable;
                shortfalls.Add(new RuleShortfall(r, ShortfallReason.MaxActivities, rules[r].Required, outcome.Earned, attainable, shortBy, needed,
                    ShortfallText.MaxActivities(r, rules[r], max, attainable, shortBy, needed)));
            }
        }

        return shortfalls;
    }

    private static IEnumerable<int> Unsatisfied(EvaluationResult current) =>
        Enumerable.Range(0, current.Rules.Count).Where(i => !current.Rules[i].Satisfied);

    private static FulfillmentPlan Answer(
        PlanningInput input,
        PlanStatus status,
        IReadOnlyList<PlannedActivity> activities,
        EvaluationResult current,
        EvaluationResult check,
        bool optimal,
        IReadOnlyList<RuleShortfall> shortfalls,
        PlanStatistics statistics) =>
        new(status, input.Objective, activities, current, check, optimal, shortfalls, statistics);
}
