using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.WriteRules;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class AssignCreditDistributionInput
{
    public string ActivityCode { get; set; } = string.Empty;

    public string DisciplineCode { get; set; } = string.Empty;

    public OutlineKind Kind { get; set; }

    public List<CreditLineInput> Lines { get; set; } = [];
}

public sealed class CreditLineInput
{
    public string CategoryCode { get; set; } = string.Empty;

    public decimal Credits { get; set; }
}

public sealed class AssignCreditDistributionInputGraphType : InputObjectGraphType<AssignCreditDistributionInput>
{
    public AssignCreditDistributionInputGraphType()
    {
        Name = "AssignCreditDistributionInput";
        Description = "A credit distribution for one activity, discipline and outline kind; it replaces any earlier one for the same discipline and kind.";
        Field(x => x.ActivityCode).Description("The activity's code.");
        Field(x => x.DisciplineCode).Description("The discipline's code, e.g. `CT`.");
        Field<NonNullGraphType<OutlineKindGraphType>>("kind").Description("The outline kind; the lines are stated against the version in effect today.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditLineInputGraphType>>>>("lines")
            .Description($"Credits per category: 1 to {ListSizeRule.MaxDistributionLines} lines, each category at most once, adding up to at most the activity's credits.");
    }
}

public sealed class CreditLineInputGraphType : InputObjectGraphType<CreditLineInput>
{
    public CreditLineInputGraphType(CreditRule creditRule)
    {
        ArgumentNullException.ThrowIfNull(creditRule);
        Name = "CreditLineInput";
        Description = "Credits in one category.";
        Field(x => x.CategoryCode).Description("A category code of the outline (any level), e.g. `IP.1`.");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description($"Credits: greater than 0, a multiple of the credit increment ({creditRule.Increment}).");
    }
}
