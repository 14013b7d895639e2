namespace CeGraph.Api.Feed;

/// <summary>
/// Flow control between a feed stream and the transport that sends its results: the stream takes a slot before it emits,
/// the transport gives it back once the message is written. A catching-up subscriber is thus paced by its own client
/// instead of queueing the whole backlog in memory.
/// </summary>
public sealed class DeliveryPacer(int slots) : IDisposable
{
    /// <summary>The key under which a transport puts its pacer into the execution's user context.</summary>
    public const string UserContextKey = "cegraph.feed.pacer";

    private readonly SemaphoreSlim free = new(Math.Max(1, slots), Math.Max(1, slots));

    public Task TakeAsync(CancellationToken cancellationToken) => free.WaitAsync(cancellationToken);

    public void Dispose() => free.Dispose();

    public void Release()
    {
        try
        {
            free.Release();
        }
        catch (Exception exception) when (exception is SemaphoreFullException or ObjectDisposedException)
        {
            // A result that was not the stream's (an error) released a slot nobody took, or the connection is gone: harmless.
        }
    }
}
