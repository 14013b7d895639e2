namespace CeGraph.Api.GraphQL.Requirements;

public sealed class PrescriptionItemInput
{
    public string CategoryCode { get; set; } = string.Empty;

    public decimal Credits { get; set; }
}
