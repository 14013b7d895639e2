using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

public sealed record RuleShortfallView(FulfillmentPlanView Plan, RuleShortfall Shortfall);
