using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.GraphQL.Changes;

public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType(CatalogFeedHub hub, CatalogChangeReader reader, KeyRevocationCheck keys, IOptions<FeedSettings> settings)
    {
        Name = "Subscription";
        Description = "Live change feeds, over GraphQL over WebSocket (graphql-transport-ws, at /graphql) or Server-Sent Events (graphql-sse, at /graphql/stream).";
        Field<NonNullGraphType<CatalogChangeGraphType>>("catalogChanged")
            .Description("Each new change-log entry the caller may see, as it commits on any node. With `after`, first replays every entry since that cursor, " +
                         "then goes live with no gap and no duplicate; without it, starts with the next commit.")
            .Argument<StringGraphType>("after", "Resume after this cursor (from `catalogChanges` or an earlier event).")
            .Argument<ListGraphType<NonNullGraphType<CatalogChangeKindGraphType>>>("kinds", "Only these kinds.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("disciplineCodes", "Only entries touching one of these disciplines (at most 100).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("sponsorCodes", "Only entries about activities of these sponsors (at most 100).")
            .ResolveStream(ctx =>
            {
                var after = CatalogChangeCursor.Decode(ctx.GetArgument<string?>("after"), "after");
                var filter = new Dictionary<string, object?>
                {
                    ["kinds"] = ctx.GetArgument<object?>("kinds"),
                    ["disciplineCodes"] = ctx.GetArgument<object?>("disciplineCodes"),
                    ["sponsorCodes"] = ctx.GetArgument<object?>("sponsorCodes"),
                };
                var selection = CatalogChangeArguments.Selection(ctx, filter);
                var pacer = ctx.UserContext.TryGetValue(DeliveryPacer.UserContextKey, out var value) ? value as DeliveryPacer : null;
                return new CatalogChangeFeed(hub, reader, keys, settings, selection, after, ctx.Caller().KeyId, pacer);
            })
            .Resolve(ctx => (CatalogChange)ctx.Source!);
    }
}
