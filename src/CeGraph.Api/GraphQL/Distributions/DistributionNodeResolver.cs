using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Distributions;

/// <summary><c>node(id:)</c> for distributions: null unless the caller may see the distribution's activity (<see cref="ActivityVisibility"/>).</summary>
public sealed class DistributionNodeResolver : INodeResolver
{
    public string TypeName => "CreditDistribution";

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, int key) => ActivityVisibility.LoadDistribution(context, key).Then(d => (object?)d);
}
