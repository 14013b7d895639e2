using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary><c>node(id:)</c> for activities: null unless <see cref="ActivityVisibility"/> lets the caller see it.</summary>
public sealed class ActivityNodeResolver : INodeResolver
{
    public string TypeName => "Activity";

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, int key) => ActivityVisibility.Load(context, key).Then(a => (object?)a);
}
