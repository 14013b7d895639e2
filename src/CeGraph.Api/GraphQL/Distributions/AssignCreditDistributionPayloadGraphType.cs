using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class AssignCreditDistributionPayloadGraphType : ObjectGraphType<Payload<CreditDistribution>>
{
    public AssignCreditDistributionPayloadGraphType()
    {
        Name = "AssignCreditDistributionPayload";
        Description = "The result of `assignCreditDistribution`.";
        this.AddPayloadFields<CreditDistribution, CreditDistributionGraphType>("distribution", "The new distribution.");
    }
}
