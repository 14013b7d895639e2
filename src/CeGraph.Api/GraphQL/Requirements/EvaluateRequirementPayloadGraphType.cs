using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class EvaluateRequirementPayloadGraphType : ObjectGraphType<Payload<FulfillmentCheckView>>
{
    public EvaluateRequirementPayloadGraphType()
    {
        Name = "EvaluateRequirementPayload";
        Description = "The result of `evaluateRequirement`.";
        this.AddPayloadFields<FulfillmentCheckView, FulfillmentCheckGraphType>("check", "The stored check.");
    }
}
