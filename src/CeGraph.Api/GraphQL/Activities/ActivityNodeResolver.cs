using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary><c>node(id:)</c> for activities: null unless <see cref="ActivityVisibility"/> lets the caller see it.</summary>
public sealed class ActivityNodeResolver : INodeResolver
{
    public string TypeName => "Activity";

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        return context.Loaders().ActivityById.Load(key).Then(a => a is not null && ActivityVisibility.CanSee(caller, a) ? (object?)a : null);
    }
}
