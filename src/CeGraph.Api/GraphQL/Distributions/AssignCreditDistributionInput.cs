using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class AssignCreditDistributionInput
{
    public string ActivityCode { get; set; } = string.Empty;

    public string DisciplineCode { get; set; } = string.Empty;

    public OutlineKind Kind { get; set; }

    public List<CreditLineInput> Lines { get; set; } = [];
}
