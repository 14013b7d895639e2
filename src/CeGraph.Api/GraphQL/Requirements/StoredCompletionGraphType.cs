using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class StoredCompletionGraphType : ObjectGraphType<StoredCompletion>
{
    public StoredCompletionGraphType()
    {
        Name = "RecordedCompletion";
        Description = "A completion as the caller gave it to the check.";
        Field(c => c.ActivityCode).Description("The activity code as given.");
        Field<NonNullGraphType<IsoDateGraphType>>("completedOn").Description("The completion date as given.").Resolve(ctx => ctx.Source.CompletedOn);
    }
}
