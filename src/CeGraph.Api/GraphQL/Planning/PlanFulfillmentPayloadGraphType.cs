using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlanFulfillmentPayloadGraphType : ObjectGraphType<Payload<FulfillmentPlanView>>
{
    public PlanFulfillmentPayloadGraphType()
    {
        Name = "PlanFulfillmentPayload";
        Description = "The result of `planFulfillment`.";
        this.AddPayloadFields<FulfillmentPlanView, FulfillmentPlanGraphType>("plan", "The plan.");
    }
}
