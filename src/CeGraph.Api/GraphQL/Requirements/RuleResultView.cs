namespace CeGraph.Api.GraphQL.Requirements;

public sealed record RuleResultView(int RequirementId, StoredRuleResult Result);
