using CeGraph.Api.GraphQL.Activities;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class CeCategoryOperationFilterInputGraphType : InputObjectGraphType
{
    public CeCategoryOperationFilterInputGraphType()
    {
        Name = "CeCategoryOperationFilterInput";
        Description = "Conditions on a CE category; all given conditions must hold.";
        Field<CeCategoryGraphType>("eq").Description("Equal to.");
        Field<CeCategoryGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<CeCategoryGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<CeCategoryGraphType>>>("nin").Description("None of these.");
    }
}
