using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CeGraph.Api.Feed;
using CeGraph.Api.Security;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode (graphql-sse's protocol): POST /graphql/stream with a GraphQL
/// request body and <c>Accept: text/event-stream</c>, the API key in <c>Authorization</c>. Results arrive as <c>next</c> events,
/// then one <c>complete</c>; validation errors come as a <c>next</c> event too, as the protocol asks. The client ends a
/// subscription by closing the request. A client that does not read is cut off rather than buffered without bound.
/// </summary>
public static class GraphQLSseEndpoint
{
    public const string Path = "/graphql/stream";

    private const int PacerSlots = 16;

    private static readonly string RevokedPayload = JsonSerializer.Serialize(new
    {
        errors = new[] { new { message = "The API key was revoked; the subscription ends.", extensions = new { code = "UNAUTHENTICATED" } } },
    });

    public static WebApplication MapCeGraphSse(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(Path, HandleAsync).WithDisplayName("GraphQL over SSE");
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http, IOptions<FeedSettings> options, FeedExecutor executor, SubscriptionQuota quota, IGraphQLTextSerializer serializer, CallerAccessor callers)
    {
        var settings = options.Value;
        if (callers.Caller.PresentedInvalidKey)
        {
            await Results.Json(new { errors = new[] { new { message = "The API key is unknown or revoked.", extensions = new { code = "UNAUTHENTICATED" } } } }, statusCode: 401).ExecuteAsync(http);
            return;
        }

        if (http.Request.ContentLength > settings.MaxMessageBytes)
        {
            await Results.Json(new { errors = new[] { new { message = $"The request body is limited to {settings.MaxMessageBytes} bytes." } } }, statusCode: 413).ExecuteAsync(http);
            return;
        }

        FeedRequest? request;
        string? problem;
        try
        {
            using var document = await JsonDocument.ParseAsync(new Http.LengthLimitedStream(http.Request.Body, settings.MaxMessageBytes), cancellationToken: http.RequestAborted);
            (request, problem) = FeedRequest.Read(document.RootElement, serializer);
        }
        catch (Exception exception) when (exception is JsonException or BadHttpRequestException or InvalidDataException)
        {
            (request, problem) = (null, "The body must be a JSON GraphQL request within the size limit.");
        }

        if (request is null)
        {
            await Results.Json(new { errors = new[] { new { message = problem } } }, statusCode: 400).ExecuteAsync(http);
            return;
        }

        var key = SubscriptionQuota.KeyOf(callers.Caller, http);
        if (!quota.TryOpenConnection(key))
        {
            await Results.Json(new { errors = new[] { new { message = $"Too many connections for this key (at most {settings.MaxConnectionsPerKey}).", extensions = new { code = "TOO_MANY_CONNECTIONS" } } } }, statusCode: 429).ExecuteAsync(http);
            return;
        }

        try
        {
            if (!quota.TryStartSubscription(key))
            {
                await Results.Json(new { errors = new[] { new { message = $"Too many subscriptions for this key (at most {settings.MaxSubscriptionsPerKey}).", extensions = new { code = "TOO_MANY_SUBSCRIPTIONS" } } } }, statusCode: 429).ExecuteAsync(http);
                return;
            }

            try
            {
                await StreamAsync(http, settings, executor, serializer, request);
            }
            finally
            {
                quota.EndSubscription(key);
            }
        }
        finally
        {
            quota.CloseConnection(key);
        }
    }

    private static async Task StreamAsync(HttpContext http, FeedSettings settings, FeedExecutor executor, IGraphQLTextSerializer serializer, FeedRequest request)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(http.RequestAborted);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        using var pacer = new DeliveryPacer(PacerSlots);
        var events = Channel.CreateBounded<(string Text, bool Paced)>(new BoundedChannelOptions(PacerSlots * 4) { SingleReader = true });
        var slow = false;
        void Enqueue(string text, bool paced)
        {
            if (!events.Writer.TryWrite((text, paced)))
            {
                slow = true;
                events.Writer.TryComplete();
            }
        }

        var result = await executor.ExecuteAsync(http, request, pacer, stop.Token);
        IDisposable? subscription = null;
        if (result.Streams is { Count: > 0 } streams)
        {
            subscription = streams.Values.First().Subscribe(new ResultObserver(
                next => Enqueue(Event("next", SharedPayloadResult.PayloadOf(next, serializer)), paced: true),
                error =>
                {
                    if (FeedErrors.Is<ApiKeyRevokedException>(error))
                    {
                        // The key is gone: say so in the stream's terms and end it normally (a client must not resume with it).
                        Enqueue(Event("next", RevokedPayload), paced: false);
                        Enqueue(Event("complete", string.Empty), paced: false);
                    }

                    if (FeedErrors.Is<SlowConsumerException>(error))
                    {
                        slow = true;
                        CancelQuietly(stop); // a write stuck on a client that does not read ends now
                    }

                    events.Writer.TryComplete();
                },
                () =>
                {
                    Enqueue(Event("complete", string.Empty), paced: false);
                    events.Writer.TryComplete();
                }));
        }
        else
        {
            Enqueue(Event("next", serializer.Serialize(result)), paced: false);
            Enqueue(Event("complete", string.Empty), paced: false);
            events.Writer.TryComplete();
        }

        using var keepAlive = settings.KeepAliveSeconds > 0 ? new PeriodicTimer(TimeSpan.FromSeconds(settings.KeepAliveSeconds)) : null;
        try
        {
            var reader = events.Reader;
            var tick = keepAlive?.WaitForNextTickAsync(stop.Token).AsTask();
            Task<bool>? ready = null;
            while (true)
            {
                ready ??= reader.WaitToReadAsync(stop.Token).AsTask();
                if (tick is not null && await Task.WhenAny(ready, tick) == tick)
                {
                    await tick;
                    await WriteAsync(http, ":\n\n", stop.Token); // an SSE comment keeps proxies from timing the stream out
                    tick = keepAlive!.WaitForNextTickAsync(stop.Token).AsTask();
                    continue;
                }

                var more = await ready;
                ready = null;
                if (!more)
                {
                    break;
                }

                while (reader.TryRead(out var item))
                {
                    await WriteAsync(http, item.Text, stop.Token);
                    if (item.Paced)
                    {
                        pacer.Release();
                    }
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client closed the stream: that is how it unsubscribes.
        }
        finally
        {
            subscription?.Dispose();
            await stop.CancelAsync();
        }

        if (slow)
        {
            // Ending the response without `complete` tells the client the stream broke; it resumes from its last cursor.
            http.Abort();
        }
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream already ended.
        }
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
