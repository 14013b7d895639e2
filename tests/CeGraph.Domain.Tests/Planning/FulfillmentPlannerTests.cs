using CeGraph.Domain.Planning;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>Worked plans: every status, both objectives, the bounds and the shortfalls.</summary>
public sealed class FulfillmentPlannerTests
{
    private static readonly PlanScenario Cqr = PlanScenario.For(
        Requirements.CqrPrescription(TestOutlines.CtCqr(), "2026-01-01", "2026-12-31", ("PC.1", "2"), ("IP.2", "1")), "2026-06-30");

    private static ActivityBuilder Cq(string code, string credits, params (string Category, string Credits)[] lines) =>
        ActivityBuilder.Code(code).Credits(credits).To("CT", OutlineKind.CqrSsa, "current", lines);

    [Fact]
    public void AlreadyFulfilled_PlansNothing_AndIsProven()
    {
        var plan = Cqr.Offering(Cq("A", "3", ("PC.1", "2"), ("IP.2", "1")), Cq("B", "1", ("PC.1", "1")))
            .Completed("A", "2026-02-01")
            .Plan();

        Assert.Equal(PlanStatus.AlreadyFulfilled, plan.Status);
        Assert.Empty(plan.Activities);
        Assert.True(plan.Check.Fulfilled);
        Assert.True(plan.Current.Fulfilled);
        Assert.True(plan.Optimal);
        Assert.Empty(plan.Shortfalls);
    }

    [Fact]
    public void MinCredits_TakesTheCheapestCover_AndMinActivities_TheSmallest()
    {
        var scenario = Cqr.Offering(
            Cq("BIG", "4", ("PC.1", "2"), ("IP.2", "2")),
            Cq("PC", "2", ("PC.1", "2")),
            Cq("IP", "1", ("IP.2", "1")));

        var cheapest = scenario.Plan();
        var fewest = scenario.Minimising(PlanObjective.MinActivities).Plan();

        Assert.Equal(["IP", "PC"], cheapest.Activities.Select(a => a.Code));
        Assert.Equal(Credits.Parse("3"), cheapest.TotalCredits);
        Assert.Equal(["BIG"], fewest.Activities.Select(a => a.Code));
        Assert.True(cheapest.Optimal && fewest.Optimal && cheapest.Check.Fulfilled && fewest.Check.Fulfilled);
    }

    [Fact]
    public void MinCredits_BreaksTiesByTheFewestActivities()
    {
        var plan = Cqr.Offering(
            Cq("BOTH", "3", ("PC.1", "2"), ("IP.2", "1")),
            Cq("PC", "2", ("PC.1", "2")),
            Cq("IP", "1", ("IP.2", "1"))).Plan();

        Assert.Equal(["BOTH"], plan.Activities.Select(a => a.Code));
    }

    [Fact]
    public void PlannedActivities_SayWhatTheyAddToEachRule()
    {
        var plan = Cqr.Offering(Cq("BOTH", "4", ("PC.1", "2.5"), ("IP.2", "1"), ("S.1", "0.5"))).Plan();

        var helps = Assert.Single(plan.Activities).Helps;
        Assert.Equal([(0, Credits.Parse("2.5")), (1, Credits.Parse("1"))], helps.Select(h => (h.RuleIndex, h.Credits)));
    }

    [Fact]
    public void TheCheck_CountsTheCompletionsPlusThePlanOnAsOf()
    {
        var plan = Cqr.Offering(Cq("HAD", "1", ("PC.1", "1")), Cq("PC", "1", ("PC.1", "1")), Cq("IP", "1", ("IP.2", "1")))
            .Completed("HAD", "2026-03-01")
            .Plan();

        Assert.Equal(["IP", "PC"], plan.Activities.Select(a => a.Code));
        Assert.Equal(["HAD", "IP", "PC"], plan.Check.CountedActivityCodes);
        Assert.Equal(Credits.Parse("1"), plan.Current.Rules[0].Earned);
        Assert.Equal(Credits.Parse("2"), plan.Check.Rules[0].Earned);
    }

    [Fact]
    public void NotEnoughEligibleCredits_NamesTheRule_AndByHowMuch()
    {
        var plan = Cqr.Offering(Cq("PC", "1", ("PC.1", "1")), Cq("IP", "2", ("IP.2", "2")), Cq("OLD", "5", ("PC.1", "5")).ExpiresOn("2026-06-29"))
            .Plan();

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.True(plan.Optimal);
        Assert.Empty(plan.Activities);
        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal((0, ShortfallReason.NotEnoughEligibleCredits), (shortfall.RuleIndex!.Value, shortfall.Reason));
        Assert.Equal((Credits.Parse("2"), Credits.Zero, Credits.Parse("1"), Credits.Parse("1")),
            (shortfall.Required!.Value, shortfall.Earned!.Value, shortfall.Attainable!.Value, shortfall.ShortBy!.Value));
        Assert.Contains("1.00 short", shortfall.Message, StringComparison.Ordinal);
        Assert.False(plan.Check.Fulfilled);
    }

    [Fact]
    public void AsOfOutsideAFixedWindow_AddsNothing_AndSaysWhy()
    {
        var plan = (Cqr with { Base = Cqr.Base with { AsOf = Day.Of("2027-01-15") } })
            .Offering(Cq("BOTH", "3", ("PC.1", "2"), ("IP.2", "1")))
            .Plan();

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.All(plan.Shortfalls, s => Assert.Equal(ShortfallReason.OutsideWindow, s.Reason));
        Assert.Equal([0, 1], plan.Shortfalls.Select(s => s.RuleIndex!.Value));
        Assert.Contains("2027-01-15 lies outside the window 2026-01-01 – 2026-12-31", plan.Shortfalls[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, plan.Statistics.EligibleActivities);
    }

    [Fact]
    public void MaxActivitiesZero_IsPossibleOnlyWhenAlreadyFulfilled()
    {
        var scenario = Cqr.Offering(Cq("BOTH", "3", ("PC.1", "2"), ("IP.2", "1"))).AtMost(0);

        var plan = scenario.Plan();
        var done = scenario.Completed("BOTH", "2026-02-01").Plan();

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.All(plan.Shortfalls, s => Assert.Equal((ShortfallReason.MaxActivities, 1), (s.Reason, s.MinimumActivities!.Value)));
        Assert.Contains("at most 0 added activities", plan.Shortfalls[0].Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.AlreadyFulfilled, done.Status);
    }

    [Fact]
    public void MaxActivities_TooFewForTheRulesTogether_IsAShortfallWithoutARule()
    {
        var plan = Cqr.Offering(Cq("PC", "2", ("PC.1", "2")), Cq("IP", "1", ("IP.2", "1"))).AtMost(1).Plan();

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.True(plan.Optimal);
        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal((null, ShortfallReason.MaxActivities, 2), (shortfall.RuleIndex, shortfall.Reason, shortfall.MinimumActivities));
        Assert.Null(shortfall.Required);
        Assert.Contains("at least 2 are needed", shortfall.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxActivities_BindsTheChoice()
    {
        var scenario = Cqr.Offering(
            Cq("BIG", "5", ("PC.1", "2"), ("IP.2", "1")),
            Cq("PC", "2", ("PC.1", "2")),
            Cq("IP", "1", ("IP.2", "1")));

        Assert.Equal(["IP", "PC"], scenario.Plan().Activities.Select(a => a.Code));
        Assert.Equal(["BIG"], scenario.AtMost(1).Plan().Activities.Select(a => a.Code));
    }

    [Fact]
    public void SolverTimeOut_ReturnsItsBestPlan_NotCalledOptimal()
    {
        var scenario = Cqr.Offering(Cq("PC", "2", ("PC.1", "2")), Cq("IP", "1", ("IP.2", "1")), Cq("BIG", "6", ("PC.1", "3"), ("IP.2", "3")));

        var plan = scenario.Plan(new FixedSolver(PlanSolverStatus.Feasible));

        Assert.Equal(PlanStatus.Planned, plan.Status);
        Assert.False(plan.Optimal);
        Assert.True(plan.Check.Fulfilled);
        Assert.Equal(PlanSolverStatus.Feasible, plan.Statistics.SolverStatus);
    }

    [Fact]
    public void SolverTimeOut_WithNothingFound_FallsBackToTheGreedyPlan()
    {
        var plan = Cqr.Offering(Cq("PC", "2", ("PC.1", "2")), Cq("IP", "1", ("IP.2", "1"))).Plan(new FixedSolver(PlanSolverStatus.Unknown));

        Assert.Equal(PlanStatus.Planned, plan.Status);
        Assert.False(plan.Optimal);
        Assert.Equal(["IP", "PC"], plan.Activities.Select(a => a.Code));
    }

    [Fact]
    public void SolverTimeOut_WithinABoundGreedyCannotMeet_IsNotFound()
    {
        // Both greedy variants take F, H and J (3 activities); only D and E together meet both rules within the bound of 2.
        var scenario = PlanScenario.For(Requirements.CqrPrescription(TestOutlines.CtCqr(), "2026-01-01", "2026-12-31", ("PC.1", "2"), ("IP.2", "2")), "2026-06-30")
            .Offering(
                Cq("D", "2.5", ("PC.1", "1"), ("IP.2", "1")),
                Cq("E", "2.5", ("PC.1", "1"), ("IP.2", "1")),
                Cq("F", "1", ("PC.1", "2")),
                Cq("H", "1", ("IP.2", "1")),
                Cq("J", "1", ("IP.2", "1")))
            .AtMost(2);

        var timedOut = scenario.Plan(new FixedSolver(PlanSolverStatus.Unknown));
        var solved = scenario.Plan();

        Assert.Equal(PlanStatus.NotFound, timedOut.Status);
        Assert.False(timedOut.Optimal);
        var shortfall = Assert.Single(timedOut.Shortfalls);
        Assert.Equal(ShortfallReason.MaxActivities, shortfall.Reason);
        Assert.Contains("time limit", shortfall.Message, StringComparison.Ordinal);
        Assert.Equal(["D", "E"], solved.Activities.Select(a => a.Code));
        Assert.Null(solved.Statistics.GreedyCost);
    }

    [Fact]
    public void ASolverPlanWorseThanTheIncumbent_IsNeverReturned()
    {
        var plan = Cqr.Offering(Cq("PC", "2", ("PC.1", "2")), Cq("IP", "1", ("IP.2", "1")), Cq("BIG", "9", ("PC.1", "2"), ("IP.2", "1")))
            .Minimising(PlanObjective.MinActivities)
            .Plan(new WorstSolver());

        Assert.Equal(["BIG"], plan.Activities.Select(a => a.Code));
        Assert.False(plan.Optimal);
    }

    /// <summary>Answers with the search's hint (the incumbent) and a fixed status, as CP-SAT does when its time runs out.</summary>
    private sealed class FixedSolver(PlanSolverStatus status) : IPlanSolver
    {
        public PlanSolverResult Solve(PlanSearch search) =>
            status == PlanSolverStatus.Feasible ? new(status, search.Hint) : PlanSolverResult.None(status);
    }

    /// <summary>Claims every candidate is the optimal plan.</summary>
    private sealed class WorstSolver : IPlanSolver
    {
        public PlanSolverResult Solve(PlanSearch search) => new(PlanSolverStatus.Optimal, [.. Enumerable.Range(0, search.Candidates.Count)]);
    }
}
