using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IEnumerable<IMutationFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Mutation";
        Description = "Changes to the catalog and requirement checks. Domain failures are returned in each payload's `errors` and change nothing.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
