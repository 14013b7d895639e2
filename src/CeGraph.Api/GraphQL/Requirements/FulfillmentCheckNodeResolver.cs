using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary><c>node(id:)</c> for fulfillment checks: null unless the caller made the check or is ADMIN.</summary>
public sealed class FulfillmentCheckNodeResolver : INodeResolver
{
    public string TypeName => "FulfillmentCheck";

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        return context.Loaders().FulfillmentCheckById.Load(key)
            .Then(c => c is not null && CheckVisibility.CanSee(caller, c) ? (object?)FulfillmentCheckView.From(c) : null);
    }
}
