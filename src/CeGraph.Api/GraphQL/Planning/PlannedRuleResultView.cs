using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Requirements;

namespace CeGraph.Api.GraphQL.Planning;

public sealed record PlannedRuleResultView(RequirementRule Rule, StoredRuleResult Result);
