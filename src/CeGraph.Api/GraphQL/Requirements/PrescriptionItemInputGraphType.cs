using CeGraph.Api.WriteRules;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class PrescriptionItemInputGraphType : InputObjectGraphType<PrescriptionItemInput>
{
    public PrescriptionItemInputGraphType(CreditRule creditRule)
    {
        ArgumentNullException.ThrowIfNull(creditRule);
        Name = "PrescriptionItemInput";
        Description = "Credits required in one subcategory.";
        Field(x => x.CategoryCode).Description("A subcategory code of the CQR outline, e.g. `IP.1`.");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description($"Credits required: {creditRule.Description}.");
    }
}
