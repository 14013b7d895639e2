namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>One rule's result; <paramref name="RuleOrdinal"/> is the rule's position in its requirement.</summary>
public sealed record StoredRuleResult(int RuleOrdinal, decimal Required, decimal Earned, decimal Remaining, bool Satisfied, string? Detail, IReadOnlyList<StoredContribution> Contributions);
