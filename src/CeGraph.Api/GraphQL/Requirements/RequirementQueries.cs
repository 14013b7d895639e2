using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<RequirementGraphType>("requirement")
            .Description("The requirement with this global id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The requirement's global id.")
            .Resolve(ctx => GlobalId.TryDecode(ctx.GetArgument<string>("id"), "Requirement") is int key
                ? ctx.Loaders().RequirementById.Load(key)
                : null);
    }
}
