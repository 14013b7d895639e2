using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CeGraph.Api.Data;
using CeGraph.Api.Feed;
using CeGraph.Api.Security;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>
/// One connection of the GraphQL over WebSocket protocol (subprotocol <c>graphql-transport-ws</c>): connection_init/ack
/// (the API key in the payload as <c>authorization: "Bearer …"</c> or <c>apiKey</c>), subscribe/next/error/complete, ping/pong,
/// and the protocol's close codes. Everything sent goes through one bounded queue and one writer; a client that lets it
/// fill is closed with 1013 instead of being buffered without bound.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    HttpContext http,
    WebSocket socket,
    FeedSettings settings,
    FeedExecutor executor,
    SubscriptionQuota quota,
    IGraphQLTextSerializer serializer,
    IDbContextFactory<CeGraphDbContext> contextFactory,
    ILogger logger)
{
    private const int OutboundCapacity = 1024;
    private const int PacerSlots = 16;

    private readonly Channel<Outbound> outbound = Channel.CreateBounded<Outbound>(new BoundedChannelOptions(OutboundCapacity) { SingleReader = true });
    private readonly ConcurrentDictionary<string, Operation> operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int closing;
    private bool acknowledged;
    private string? quotaKey;

    public async Task RunAsync()
    {
        var writer = WriteLoopAsync();
        var keepAlive = KeepAliveLoopAsync();
        try
        {
            await ReadLoopAsync();
        }
        finally
        {
            foreach (var id in operations.Keys)
            {
                StopOperation(id);
            }

            if (quotaKey is not null)
            {
                quota.CloseConnection(quotaKey);
            }

            // Let the writer send what is queued (a close frame above all) before the connection is torn down.
            outbound.Writer.TryComplete();
            lifetime.CancelAfter(TimeSpan.FromSeconds(5));
            await writer;
            await lifetime.CancelAsync();
            await keepAlive;
            lifetime.Dispose();
        }
    }

    private async Task ReadLoopAsync()
    {
        using var initTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(0.1, settings.ConnectionInitTimeoutSeconds)));
        await using var _ = initTimeout.Token.Register(() =>
        {
            if (!acknowledged)
            {
                Close(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        });
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open && !lifetime.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), lifetime.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (message.Length + received.Count > settings.MaxMessageBytes)
                {
                    Close(WebSocketCloseCodes.MessageTooBig, $"Messages are limited to {settings.MaxMessageBytes} bytes");
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (received.MessageType != WebSocketMessageType.Text)
                {
                    Close(WebSocketCloseCodes.BadRequest, "Messages must be text");
                    return;
                }

                var ok = await HandleAsync(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
                if (!ok)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            // The client went away or the connection is closing: nothing to answer.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Handles one client message; false when the connection is being closed.</summary>
    private async Task<bool> HandleAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return Close(WebSocketCloseCodes.BadRequest, "Invalid message received: not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                return Close(WebSocketCloseCodes.BadRequest, "Invalid message received: no type");
            }

            switch (typeElement.GetString())
            {
                case "connection_init":
                    return await InitAsync(root);
                case "ping":
                    return Send(Message("pong", null, null));
                case "pong":
                    return true;
                case "subscribe":
                    return await SubscribeAsync(root);
                case "complete":
                    if (Id(root) is { } completedId)
                    {
                        StopOperation(completedId);
                        return true;
                    }

                    return Close(WebSocketCloseCodes.BadRequest, "Invalid message received: complete needs an id");
                default:
                    return Close(WebSocketCloseCodes.BadRequest, $"Invalid message received: unknown type '{typeElement.GetString()}'");
            }
        }
    }

    private async Task<bool> InitAsync(JsonElement root)
    {
        if (acknowledged || quotaKey is not null)
        {
            return Close(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
        }

        var accessor = http.RequestServices.GetRequiredService<CallerAccessor>();
        if (root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object && ApiKeyValue(payload) is { } authorization)
        {
            accessor.Caller = await ApiKeyMiddleware.IdentifyAsync(authorization, contextFactory, lifetime.Token);
        }

        if (accessor.Caller.PresentedInvalidKey)
        {
            return Close(WebSocketCloseCodes.Forbidden, "Forbidden: the API key is unknown or revoked");
        }

        var key = SubscriptionQuota.KeyOf(accessor.Caller, http);
        if (!quota.TryOpenConnection(key))
        {
            return Close(WebSocketCloseCodes.PolicyViolation, $"Too many connections for this key (at most {settings.MaxConnectionsPerKey})");
        }

        quotaKey = key;
        acknowledged = true;
        return Send(Message("connection_ack", null, null));
    }

    private static string? ApiKeyValue(JsonElement payload)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            if (property.NameEquals("authorization") || property.NameEquals("Authorization"))
            {
                return property.Value.GetString();
            }

            if (property.NameEquals("apiKey"))
            {
                return "Bearer " + property.Value.GetString();
            }
        }

        return null;
    }

    private async Task<bool> SubscribeAsync(JsonElement root)
    {
        if (!acknowledged)
        {
            return Close(WebSocketCloseCodes.Unauthorized, "Unauthorized");
        }

        if (Id(root) is not { Length: > 0 } id || !root.TryGetProperty("payload", out var payload))
        {
            return Close(WebSocketCloseCodes.BadRequest, "Invalid message received: subscribe needs an id and a payload");
        }

        var (request, problem) = FeedRequest.Read(payload, serializer);
        if (request is null)
        {
            return Close(WebSocketCloseCodes.BadRequest, $"Invalid message received: {problem}");
        }

        var operation = new Operation(id, new DeliveryPacer(PacerSlots), CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token));
        if (!operations.TryAdd(id, operation))
        {
            operation.Dispose();
            return Close(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        }

        if (!quota.TryStartSubscription(quotaKey!))
        {
            operations.TryRemove(id, out _);
            operation.Dispose();
            return Send(ErrorMessage(id, $"Too many subscriptions for this key (at most {settings.MaxSubscriptionsPerKey}).", "TOO_MANY_SUBSCRIPTIONS"));
        }

        operation.CountsAgainstQuota = true;
        _ = RunOperationAsync(operation, request);
        return true;
    }

    private async Task RunOperationAsync(Operation operation, FeedRequest request)
    {
        try
        {
            var result = await executor.ExecuteAsync(http, request, operation.Pacer, operation.Stop.Token);
            if (result.Streams is { Count: > 0 } streams)
            {
                var stream = streams.Values.First();
                operation.Subscription = stream.Subscribe(new ResultObserver(
                    next => SendResult(operation, next),
                    error => Failed(operation, error),
                    () => Finish(operation)));
                return;
            }

            if (!result.Executed)
            {
                Send(Message("error", operation.Id, ErrorsJson(result)));
                StopOperation(operation.Id);
                return;
            }

            Send(Message("next", operation.Id, serializer.Serialize(result)));
            Finish(operation);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // Completed by the client or the connection closed meanwhile.
        }
    }

    private void SendResult(Operation operation, ExecutionResult result)
    {
        if (operation.Stop.IsCancellationRequested)
        {
            operation.Pacer.Release();
            return;
        }

        Send(Message("next", operation.Id, SharedPayloadResult.PayloadOf(result, serializer)), operation.Pacer);
    }

    private void Failed(Operation operation, Exception error)
    {
        if (FeedErrors.Is<SlowConsumerException>(error))
        {
            Close(WebSocketCloseCodes.TryAgainLater, "Slow consumer: resume from your last cursor");
            return;
        }

        if (FeedErrors.Is<ApiKeyRevokedException>(error))
        {
            Close(WebSocketCloseCodes.Forbidden, "Forbidden: the API key was revoked");
            return;
        }

        if (!FeedErrors.Is<OperationCanceledException>(error))
        {
            logger.LogWarning(error, "A feed subscription failed.");
            Send(ErrorMessage(operation.Id, "The subscription stopped unexpectedly; resume from your last cursor.", "SUBSCRIPTION_FAILED"));
        }

        StopOperation(operation.Id);
    }

    private void Finish(Operation operation)
    {
        if (operations.ContainsKey(operation.Id))
        {
            Send(Message("complete", operation.Id, null));
        }

        StopOperation(operation.Id);
    }

    private void StopOperation(string id)
    {
        if (operations.TryRemove(id, out var operation))
        {
            if (operation.CountsAgainstQuota && quotaKey is not null)
            {
                quota.EndSubscription(quotaKey);
            }

            operation.Dispose();
        }
    }

    private async Task KeepAliveLoopAsync()
    {
        if (settings.KeepAliveSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.KeepAliveSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(lifetime.Token))
            {
                Send(Message("ping", null, null));
            }
        }
        catch (OperationCanceledException)
        {
            // Connection closed.
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var item in outbound.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (item.CloseCode is { } code)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                        await socket.CloseOutputAsync((WebSocketCloseStatus)code, item.Text, timeout.Token);
                    }

                    // The reader now waits for the client's closing handshake; a client that never answers is cut off.
                    lifetime.CancelAfter(TimeSpan.FromSeconds(5));
                    return;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(item.Text), WebSocketMessageType.Text, true, lifetime.Token);
                item.Pacer?.Release();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The client went away: nothing more to send.
        }
        finally
        {
            StopKeepAlive();
        }
    }

    private void StopKeepAlive()
    {
        try
        {
            lifetime.CancelAfter(TimeSpan.FromSeconds(5));
        }
        catch (ObjectDisposedException)
        {
            // Already torn down.
        }
    }

    private bool Send(string text, DeliveryPacer? pacer = null)
    {
        if (Volatile.Read(ref closing) != 0)
        {
            pacer?.Release();
            return false;
        }

        if (!outbound.Writer.TryWrite(new Outbound(text, null, pacer)))
        {
            pacer?.Release();
            Close(WebSocketCloseCodes.TryAgainLater, "Slow consumer: resume from your last cursor");
            return false;
        }

        return true;
    }

    /// <summary>Closes with a code once; always false (handy as a handler's "stop reading" answer).</summary>
    private bool Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) == 0)
        {
            // The close bypasses the bound: it must go out even when the queue is full.
            if (!outbound.Writer.TryWrite(new Outbound(reason, code, null)))
            {
                _ = socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ContinueWith(_ => lifetime.Cancel(), TaskScheduler.Default);
            }

            // A writer stuck on a client that does not read would hold the close frame back forever: it is cut off soon.
            StopKeepAlive();
        }

        return false;
    }

    private static string ErrorMessage(string id, string message, string code) =>
        Message("error", id, JsonSerializer.Serialize(new[] { new { message, extensions = new { code } } }));

    private string ErrorsJson(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static string Message(string type, string? id, string? payloadJson)
    {
        var builder = new StringBuilder(payloadJson?.Length + 64 ?? 64);
        builder.Append('{');
        if (id is not null)
        {
            builder.Append("\"id\":").Append(JsonSerializer.Serialize(id)).Append(',');
        }

        builder.Append("\"type\":\"").Append(type).Append('"');
        if (payloadJson is not null)
        {
            builder.Append(",\"payload\":").Append(payloadJson);
        }

        return builder.Append('}').ToString();
    }

    private sealed record Outbound(string Text, int? CloseCode, DeliveryPacer? Pacer);

    private sealed class Operation(string id, DeliveryPacer pacer, CancellationTokenSource stop) : IDisposable
    {
        public string Id { get; } = id;

        public DeliveryPacer Pacer { get; } = pacer;

        public CancellationTokenSource Stop { get; } = stop;

        public IDisposable? Subscription { get; set; }

        public bool CountsAgainstQuota { get; set; }

        public void Dispose()
        {
            Subscription?.Dispose();
            try
            {
                Stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already stopped.
            }

            Stop.Dispose();
        }
    }
}
