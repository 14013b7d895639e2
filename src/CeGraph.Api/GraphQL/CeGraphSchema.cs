using GraphQL.Types;

namespace CeGraph.Api.GraphQL;

public sealed class CeGraphSchema : Schema
{
    public CeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        Description = "CeGraph: ARRT content outlines, CE activities and their credit distributions, and requirement checks.";
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
    }
}
