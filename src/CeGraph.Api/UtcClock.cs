namespace CeGraph.Api;

/// <summary>
/// "Today" wherever a date defaults to it (an evaluation's or plan's <c>asOf</c>, the outline in effect): the UTC calendar
/// day of the injected <see cref="TimeProvider"/>, so a test fixes it with one fake clock.
/// </summary>
public static class UtcClock
{
    public static DateOnly UtcToday(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
