using CeGraph.Api.Data.Entities;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

public sealed record PlannedContributionView(RequirementRule Rule, RuleHelp Help);
