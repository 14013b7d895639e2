using CeGraph.Api.Data.Entities;
using CeGraph.Domain.Evaluation;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>A requirement with its rules in order, its engine spec, and its outline's category ids by code.</summary>
public sealed record RequirementContext(Requirement Requirement, IReadOnlyList<RequirementRule> Rules, RequirementSpec Spec, IReadOnlyDictionary<string, int> CategoryIdByCode);
