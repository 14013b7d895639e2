using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IQueryFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Query";
        Description = "Read access to disciplines, content outlines, CE activities, credit distributions, requirements and fulfillment checks.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
