using CeGraph.Api.Data;
using CeGraph.Api.Feed;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>Accepts WebSocket upgrades at /graphql for the <c>graphql-transport-ws</c> subprotocol; other requests go on to the HTTP endpoint.</summary>
public sealed class GraphQLWebSocketEndpoint(RequestDelegate next)
{
    public const string Subprotocol = "graphql-transport-ws";

    public async Task InvokeAsync(
        HttpContext http,
        IOptions<FeedSettings> settings,
        FeedExecutor executor,
        SubscriptionQuota quota,
        IGraphQLTextSerializer serializer,
        IDbContextFactory<CeGraphDbContext> contextFactory,
        ILogger<GraphQLWebSocketEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.IsWebSocketRequest || http.Request.Path != GraphQLEndpoint.Path)
        {
            await next(http);
            return;
        }

        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol, StringComparer.Ordinal);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? Subprotocol : null);
        if (!offered)
        {
            await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        var connection = new GraphQLWebSocketConnection(http, socket, settings.Value, executor, quota, serializer, contextFactory, logger);
        await connection.RunAsync();
    }
}
