using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class CompletionInputGraphType : InputObjectGraphType<CompletionInput>
{
    public CompletionInputGraphType()
    {
        Name = "CompletionInput";
        Description = "A completed activity.";
        Field(x => x.ActivityCode).Description("The activity's code.");
        Field<NonNullGraphType<IsoDateGraphType>>("completedOn").Description("The day the learner completed it.");
    }
}
