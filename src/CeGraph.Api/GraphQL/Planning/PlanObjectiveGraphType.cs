using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlanObjectiveGraphType() : DescribedEnumGraphType<PlanObjective>("PlanObjective", "What a fulfillment plan minimises.", new Dictionary<PlanObjective, string>
{
    [PlanObjective.MinCredits] = "The fewest credits the learner has to take (the sum of the added activities' own credits); ties: the fewest activities.",
    [PlanObjective.MinActivities] = "The fewest added activities; ties: the fewest credits.",
});
