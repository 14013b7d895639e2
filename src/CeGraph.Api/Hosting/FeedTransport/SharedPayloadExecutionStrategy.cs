using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
using GraphQL;
using GraphQL.Execution;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>
/// GraphQL.NET's subscription strategy, except that a change-log entry is executed and serialised once per share key
/// (document, operation, variables and visibility class) instead of once per subscriber: 1,000 subscribers of the same
/// document see one execution per event. Which entries a subscriber receives is still decided per subscriber (its
/// <see cref="CatalogChangeSelection"/>, before this runs); only the payload of an entry it receives is shared, and the
/// payload depends on the caller only through the visibility class (<see cref="CatalogChangeVisibility.PayloadClass"/>).
/// Operations without a share key (none is set outside the feed transports) execute as usual.
/// </summary>
public sealed class SharedPayloadExecutionStrategy(SharedPayloads payloads, IGraphQLTextSerializer serializer) : SubscriptionExecutionStrategy
{
    /// <summary>The user-context key under which <see cref="FeedExecutor"/> puts the operation's share key.</summary>
    public const string ShareKey = "cegraph.feed.shareKey";

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value is not CatalogChange change || !context.UserContext.TryGetValue(ShareKey, out var key) || key is not string shareKey)
        {
            return await base.ProcessDataAsync(context, node, value);
        }

        ExecutionResult? own = null;
        var json = await payloads.GetOrProduceAsync(shareKey, change.Position, async () =>
        {
            own = await base.ProcessDataAsync(context, node, value);
            return own.Errors is { Count: > 0 } ? null : serializer.Serialize(own);
        });
        return json is not null ? new SharedPayloadResult(json) : own ?? await base.ProcessDataAsync(context, node, value);
    }
}
