using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class IssueCqrPrescriptionPayloadGraphType : ObjectGraphType<Payload<Requirement>>
{
    public IssueCqrPrescriptionPayloadGraphType()
    {
        Name = "IssueCqrPrescriptionPayload";
        Description = "The result of `issueCqrPrescription`.";
        this.AddPayloadFields<Requirement, RequirementGraphType>("requirement", "The prescription, as a CQR_PRESCRIPTION requirement.");
    }
}
