using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.WriteRules;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

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
