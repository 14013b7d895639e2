using CeGraph.Api.GraphQL.Activities;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class ActivityStatusOperationFilterInputGraphType : InputObjectGraphType
{
    public ActivityStatusOperationFilterInputGraphType()
    {
        Name = "ActivityStatusOperationFilterInput";
        Description = "Conditions on an activity status; all given conditions must hold.";
        Field<ActivityStatusGraphType>("eq").Description("Equal to.");
        Field<ActivityStatusGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<ActivityStatusGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<ActivityStatusGraphType>>>("nin").Description("None of these.");
    }
}
