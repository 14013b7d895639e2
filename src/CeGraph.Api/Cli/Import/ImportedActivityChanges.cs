using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Collects the change-log entries of one import batch: <see cref="Snapshot"/> an existing activity before it is merged,
/// <see cref="Changed"/> after, <see cref="Added"/> for a new one once its id is known; then <see cref="Take"/> inside the
/// batch's transaction, just before it commits, for the import to write them with its rows. Unchanged activities are never
/// passed in, so they get no entry. Sponsor and discipline codes come from the import's <see cref="ImportLookups"/>, so
/// no batch queries for them.
/// </summary>
public sealed class ImportedActivityChanges(ImportLookups lookups)
{
    private readonly List<(Activity Activity, ActivitySnapshot? Before)> entries = [];

    public static ActivitySnapshot Snapshot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivitySnapshot(
            activity.Title, activity.CreditHundredths, activity.Status, activity.ExpiresOn,
            activity.Distributions.ToDictionary(d => (d.DisciplineId, d.Kind), d => d.TotalHundredths));
    }

    public void Changed(ActivitySnapshot before, Activity after) => entries.Add((after, before));

    public void Added(Activity activity) => entries.Add((activity, null));

    /// <summary>The batch's entries (positions not yet assigned), and forgets them.</summary>
    public IReadOnlyList<CatalogChange> Take(DateTime now)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var disciplines = lookups.DisciplineCodes;
        var changes = entries.Select(e => CatalogChanges.ActivityImported(
            e.Activity,
            lookups.SponsorCodes.GetValueOrDefault(e.Activity.SponsorId),
            e.Before?.Status,
            e.Activity.Distributions.Select(d => disciplines.GetValueOrDefault(d.DisciplineId)).OfType<string>()
                .Concat(e.Before?.Totals.Keys.Select(k => disciplines.GetValueOrDefault(k.DisciplineId)).OfType<string>() ?? []),
            Describe(e.Before, e.Activity, disciplines),
            now)).ToList();
        entries.Clear();
        return changes;
    }

    private static List<FieldChange> Describe(ActivitySnapshot? before, Activity after, IReadOnlyDictionary<int, string> disciplines)
    {
        var changes = new List<FieldChange>
        {
            new("title", before?.Title, after.Title),
            new("credits", before is null ? null : CatalogChanges.Text(before.CreditHundredths), CatalogChanges.Text(after.CreditHundredths)),
            new("status", CatalogChanges.Name(before?.Status), CatalogChanges.Name(after.Status)),
            new("expiresOn", before?.ExpiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                after.ExpiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var afterTotals = after.Distributions.ToDictionary(d => (d.DisciplineId, d.Kind), d => d.TotalHundredths);
        var keys = afterTotals.Keys.Concat(before?.Totals.Keys ?? []).Distinct().OrderBy(k => disciplines.GetValueOrDefault(k.DisciplineId), StringComparer.Ordinal).ThenBy(k => k.Kind);
        foreach (var key in keys)
        {
            var field = $"distribution.{disciplines.GetValueOrDefault(key.DisciplineId)}.{key.Kind.ToString().ToUpperInvariant()}.totalCredits";
            changes.Add(new FieldChange(
                field,
                before is not null && before.Totals.TryGetValue(key, out var was) ? CatalogChanges.Text(was) : null,
                afterTotals.TryGetValue(key, out var now) ? CatalogChanges.Text(now) : null));
        }

        return changes;
    }
}

/// <summary>What an import compares an activity by, taken before it is merged.</summary>
public sealed record ActivitySnapshot(
    string Title, long CreditHundredths, ActivityStatus Status, DateOnly? ExpiresOn, IReadOnlyDictionary<(int DisciplineId, OutlineKind Kind), long> Totals);
