using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>A planning input written as a spec: the <see cref="Scenario"/> (requirement, completions, asOf) plus a catalog.</summary>
public sealed record PlanScenario(Scenario Base, IReadOnlyList<ActivityFact> Catalog, PlanObjective Objective = PlanObjective.MinCredits, int? MaxActivities = null)
{
    public static PlanScenario For(RequirementSpec requirement, string asOf) => new(Scenario.For(requirement, asOf), []);

    public PlanScenario Offering(params ActivityBuilder[] activities) => this with { Catalog = [.. Catalog, .. activities.Select(a => a.Build())] };

    /// <summary>The learner completed an activity of the catalog (its facts go to the evaluation too).</summary>
    public PlanScenario Completed(string code, string on) =>
        this with { Base = Base.Completed(code, on) with { Activities = [.. Base.Activities, .. Catalog.Where(a => a.Code == code)] } };

    public PlanScenario Minimising(PlanObjective objective) => this with { Objective = objective };

    public PlanScenario AtMost(int activities) => this with { MaxActivities = activities };

    public PlanningInput Input => new(Base.Input, Catalog, Objective, MaxActivities);

    public FulfillmentPlan Plan(IPlanSolver? solver = null) => FulfillmentPlanner.Plan(Input, solver ?? new ExhaustiveSolver());
}
