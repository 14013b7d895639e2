using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeGraph.Api.Tests.Feed;

/// <summary>
/// A raw graphql-transport-ws client over a real socket (System.Net.WebSockets), for what the npm clients cannot show: close
/// codes after a revocation, and a client that stops reading. Every wait is bounded.
/// </summary>
public sealed class TransportWsClient : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket socket = new();
    private readonly HttpMessageInvoker invoker;

    private TransportWsClient(int? receiveBufferBytes)
    {
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            // A small receive window makes a client that does not read fill up quickly (TCP flow control does the rest).
            ConnectCallback = async (context, cancellationToken) =>
            {
                var raw = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                if (receiveBufferBytes is { } bytes)
                {
                    raw.ReceiveBufferSize = bytes;
                }

                await raw.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(raw, ownsSocket: true);
            },
        });
    }

    /// <summary>The close status the server sent, once the socket has closed.</summary>
    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    /// <summary>Connects to <c>/graphql</c> and completes connection_init/ack with <paramref name="apiKey"/> (null: anonymous).</summary>
    public static async Task<TransportWsClient> ConnectAsync(Uri server, string? apiKey, int? receiveBufferBytes = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var client = new TransportWsClient(receiveBufferBytes);
        var uri = new UriBuilder(new Uri(server, "/graphql")) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await client.socket.ConnectAsync(uri, client.invoker, timeout.Token);
        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = apiKey is null ? new JsonObject() : new JsonObject { ["authorization"] = $"Bearer {apiKey}" } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new JsonObject
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonSerializer.SerializeToNode(variables) },
        });

    /// <summary>The next message (pings are answered and skipped); null once the server has closed the socket.</summary>
    public async Task<JsonNode?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray());
            message.SetLength(0);
            if (node?["type"]?.GetValue<string>() == "ping")
            {
                await SendAsync(new JsonObject { ["type"] = "pong" });
                continue;
            }

            return node;
        }
    }

    /// <summary>Reads until the server closes the socket; returns every message before the close.</summary>
    public async Task<List<JsonNode>> ReadUntilClosedAsync(int maxMessages = 100_000)
    {
        var messages = new List<JsonNode>();
        for (var i = 0; i < maxMessages; i++)
        {
            if (await ReceiveAsync() is not { } message)
            {
                return messages;
            }

            messages.Add(message);
        }

        throw new InvalidOperationException($"The socket stayed open past {maxMessages} messages.");
    }

    public void Dispose()
    {
        socket.Dispose();
        invoker.Dispose();
    }

    private async Task SendAsync(JsonNode message)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
    }
}
