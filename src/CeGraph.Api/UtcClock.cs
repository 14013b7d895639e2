namespace CeGraph.Api;

/// <summary>
/// The one home of "now" and "today": every stored timestamp is <see cref="UtcNow"/> and every date that defaults to today
/// (an evaluation's or plan's <c>asOf</c>, the outline in effect) is <see cref="UtcToday"/>, both read from the injected
/// <see cref="TimeProvider"/>, so a test fixes them with one fake clock.
/// </summary>
public static class UtcClock
{
    /// <summary>The UTC instant as the store keeps it (<see cref="DateTimeKind.Utc"/>).</summary>
    public static DateTime UtcNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>The UTC calendar day.</summary>
    public static DateOnly UtcToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.UtcNow());
}
