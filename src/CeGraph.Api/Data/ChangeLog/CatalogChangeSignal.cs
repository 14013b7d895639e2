namespace CeGraph.Api.Data.ChangeLog;

/// <summary>
/// Wakes this process's feed readers: pulsed after a local commit that appended to the log, and by the PostgreSQL listener
/// when another node did. A pulse carries no data; readers always read the log itself, so a lost pulse only delays them
/// until the next one or the backstop poll.
/// </summary>
public sealed class CatalogChangeSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>A task that completes at the next pulse after this call.</summary>
    public Task NextPulse => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
