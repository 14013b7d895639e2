namespace CeGraph.Api.GraphQL.Requirements;

public sealed class IssueCqrPrescriptionInput : PrescriptionInput
{
    public string LearnerRef { get; set; } = string.Empty;
}
