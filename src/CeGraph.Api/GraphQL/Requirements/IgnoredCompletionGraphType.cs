using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class IgnoredCompletionGraphType : ObjectGraphType<StoredIgnored>
{
    public IgnoredCompletionGraphType()
    {
        Name = "IgnoredCompletion";
        Description = "A completion that did not count.";
        Field(i => i.ActivityCode).Description("The activity code as given.");
        Field<NonNullGraphType<IsoDateGraphType>>("completedOn").Description("The completion date as given.").Resolve(ctx => ctx.Source.CompletedOn);
        Field<NonNullGraphType<IgnoredReasonGraphType>>("reason").Description("Why it did not count.").Resolve(ctx => ctx.Source.Reason);
        Field(i => i.Detail).Description("The reason in words, with the dates or codes involved.");
    }
}
