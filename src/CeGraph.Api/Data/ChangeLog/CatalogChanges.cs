using System.Globalization;
using System.Text.Json;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.Data.ChangeLog;

/// <summary>Builds the change-log entry for each kind of change, from the entities as saved.</summary>
public static class CatalogChanges
{
    public static CatalogChange ActivitySubmitted(Activity activity, string sponsorCode, DateTime now) =>
        ForActivity(CatalogChangeKind.ActivitySubmitted, activity, sponsorCode, null, null, now, [
            new("status", null, Name(activity.Status)),
            new("credits", null, Text(activity.CreditHundredths)),
        ]);

    public static CatalogChange DistributionAssigned(
        Activity activity, string sponsorCode, ActivityStatus statusBefore, CreditDistribution distribution, string disciplineCode, long? totalBefore, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var change = ForActivity(CatalogChangeKind.DistributionAssigned, activity, sponsorCode, statusBefore, Join([disciplineCode]), now, [
            new("kind", null, distribution.Kind.ToString().ToUpperInvariant()),
            new("totalCredits", totalBefore is { } before ? Text(before) : null, Text(distribution.TotalHundredths)),
            new("status", Name(statusBefore), Name(activity.Status)),
        ]);
        change.EntityType = "CreditDistribution";
        change.EntityId = distribution.Id;
        return change;
    }

    public static CatalogChange ActivityRejected(Activity activity, string sponsorCode, ActivityStatus statusBefore, IEnumerable<string> disciplineCodes, DateTime now) =>
        ForActivity(CatalogChangeKind.ActivityRejected, activity, sponsorCode, statusBefore, Join(disciplineCodes), now, [
            new("status", Name(statusBefore), Name(activity.Status)),
            new("rejectionReason", null, activity.RejectionReason),
        ]);

    /// <summary>An activity an import added (<paramref name="statusBefore"/> null) or changed; <paramref name="changed"/> lists what differed.</summary>
    public static CatalogChange ActivityImported(
        Activity activity, string? sponsorCode, ActivityStatus? statusBefore, IEnumerable<string> disciplineCodes, IReadOnlyList<FieldChange> changed, DateTime now) =>
        ForActivity(CatalogChangeKind.ActivityImported, activity, sponsorCode, statusBefore, Join(disciplineCodes), now, changed);

    public static CatalogChange OutlinePublished(ContentOutline outline, string disciplineCode, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(outline);
        return new CatalogChange
        {
            EventId = NewEventId(now),
            Kind = CatalogChangeKind.OutlinePublished,
            OccurredAt = now,
            EntityType = "ContentOutline",
            EntityId = outline.Id,
            DisciplineCodes = Join([disciplineCode]),
            IsPublic = true,
            Changes = Serialise([
                new("kind", null, outline.Kind.ToString().ToUpperInvariant()),
                new("version", null, outline.Version),
                new("effectiveFrom", null, outline.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]),
        };
    }

    public static CatalogChange RequirementIssued(Requirement requirement, string disciplineCode, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return new CatalogChange
        {
            EventId = NewEventId(now),
            Kind = CatalogChangeKind.RequirementIssued,
            OccurredAt = now,
            EntityType = "Requirement",
            EntityId = requirement.Id,
            DisciplineCodes = Join([disciplineCode]),
            IsPublic = requirement.IsPublic,
            IssuedByKeyId = requirement.IssuedByKeyId,
            Changes = Serialise([new("kind", null, requirement.Kind.ToString().ToUpperInvariant()), new("name", null, requirement.Name)]),
        };
    }

    public static IReadOnlyList<FieldChange> Deserialise(string changes) =>
        JsonSerializer.Deserialize(changes, FieldChangeJsonContext.Default.ListFieldChange) ?? [];

    /// <summary>Credits as exact decimal text ("1.5"), the way the API prints them.</summary>
    public static string Text(long hundredths) => new Credits(hundredths).ToDecimal().ToString("0.##", CultureInfo.InvariantCulture);

    public static string Name(ActivityStatus? status) => status?.ToString().ToUpperInvariant() ?? string.Empty;

    private static CatalogChange ForActivity(
        CatalogChangeKind kind, Activity activity, string? sponsorCode, ActivityStatus? statusBefore, string? disciplineCodes, DateTime now, IReadOnlyList<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new CatalogChange
        {
            EventId = NewEventId(now),
            Kind = kind,
            OccurredAt = now,
            EntityType = "Activity",
            EntityId = activity.Id,
            ActivityId = activity.Id,
            ActivityCode = activity.Code,
            SponsorId = activity.SponsorId,
            SponsorCode = sponsorCode,
            DisciplineCodes = disciplineCodes,
            StatusBefore = statusBefore,
            StatusAfter = activity.Status,
            Changes = Serialise([.. changes.Where(c => c.Before != c.After).Select(c => c with { Before = NullIfEmpty(c.Before) })]),
        };
    }

    /// <summary>
    /// A version 7 GUID stamped with the change's time: unique like a random one, but ordered by time, so the index on
    /// <c>EventId</c> grows at its end instead of being written all over (an import appends 100,000 at once).
    /// </summary>
    private static Guid NewEventId(DateTime now) => Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string? Join(IEnumerable<string?> codes)
    {
        var distinct = codes.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : "|" + string.Join('|', distinct) + "|";
    }

    private static string Serialise(IReadOnlyList<FieldChange> changes) => JsonSerializer.Serialize(changes, FieldChangeJsonContext.Default.IReadOnlyListFieldChange);
}
