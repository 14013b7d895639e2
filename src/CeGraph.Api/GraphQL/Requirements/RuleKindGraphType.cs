using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RuleKindGraphType() : DescribedEnumGraphType<RuleKind>("RuleKind", "What one rule of a requirement counts.", new Dictionary<RuleKind, string>
{
    [RuleKind.TotalCredits] = "All credits distributed to the requirement's discipline and outline kind.",
    [RuleKind.MinCreditsInCategory] = "Credits in the rule's category or any category below it.",
});
