using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlanStatusGraphType() : DescribedEnumGraphType<PlanStatus>("PlanStatus", "What a fulfillment plan found.", new Dictionary<PlanStatus, string>
{
    [PlanStatus.AlreadyFulfilled] = "The completions already fulfil the requirement; nothing needs to be added.",
    [PlanStatus.Planned] = "Adding the planned activities fulfils the requirement.",
    [PlanStatus.Infeasible] = "It is proven that no choice of eligible activities (within `maxActivities`, when given) fulfils the requirement; see `shortfalls`.",
    [PlanStatus.NotFound] = "The solver's time ran out before it found a plan within `maxActivities`, and it could not prove there is none.",
});
