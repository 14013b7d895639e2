using CeGraph.Api.WriteRules;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class CreditLineInputGraphType : InputObjectGraphType<CreditLineInput>
{
    public CreditLineInputGraphType(CreditRule creditRule)
    {
        ArgumentNullException.ThrowIfNull(creditRule);
        Name = "CreditLineInput";
        Description = "Credits in one category.";
        Field(x => x.CategoryCode).Description("A category code of the outline (any level), e.g. `IP.1`.");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description($"Credits: {creditRule.Description}.");
    }
}
