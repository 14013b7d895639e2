using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
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

        foreach (var field in Fields)
        {
            field.Resolver = new LiveKeyResolver(field.Resolver ?? throw new InvalidOperationException($"Mutation.{field.Name} has no resolver."));
        }
    }
}
