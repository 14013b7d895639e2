using System.Globalization;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>Dates written as ISO strings in tests: <c>Day.Of("2026-06-30")</c>.</summary>
public static class Day
{
    public static DateOnly Of(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
