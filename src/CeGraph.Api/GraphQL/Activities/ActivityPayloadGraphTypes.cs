using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class SubmitActivityPayloadGraphType : ObjectGraphType<Payload<Activity>>
{
    public SubmitActivityPayloadGraphType()
    {
        Name = "SubmitActivityPayload";
        Description = "The result of `submitActivity`.";
        this.AddPayloadFields<Activity, ActivityGraphType>("activity", "The submitted activity (status SUBMITTED).");
    }
}

public sealed class RejectActivityPayloadGraphType : ObjectGraphType<Payload<Activity>>
{
    public RejectActivityPayloadGraphType()
    {
        Name = "RejectActivityPayload";
        Description = "The result of `rejectActivity`.";
        this.AddPayloadFields<Activity, ActivityGraphType>("activity", "The rejected activity.");
    }
}
