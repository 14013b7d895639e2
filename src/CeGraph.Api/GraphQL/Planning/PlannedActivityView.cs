using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>A planned activity with the plan it belongs to (for the activity's id and the rules).</summary>
public sealed record PlannedActivityView(FulfillmentPlanView Plan, PlannedActivity Activity);
