namespace CeGraph.Api.GraphQL.Distributions;

public sealed class CreditLineInput
{
    public string CategoryCode { get; set; } = string.Empty;

    public decimal Credits { get; set; }
}
