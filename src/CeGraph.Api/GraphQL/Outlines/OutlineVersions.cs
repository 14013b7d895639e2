using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Outlines;

public static class OutlineVersions
{
    /// <summary>
    /// The version of <paramref name="kind"/> in effect on <paramref name="asOf"/>: effective from on or before it (no date = since
    /// always) and not ended before it; the latest such version wins.
    /// </summary>
    public static ContentOutline? InEffect(IEnumerable<ContentOutline> outlines, OutlineKind kind, DateOnly asOf) =>
        outlines
            .Where(o => o.Kind == kind && (o.EffectiveFrom is null || o.EffectiveFrom <= asOf) && (o.EffectiveUntil is null || o.EffectiveUntil >= asOf))
            .OrderByDescending(o => o.EffectiveFrom ?? DateOnly.MinValue)
            .ThenByDescending(o => o.Id)
            .FirstOrDefault();
}
