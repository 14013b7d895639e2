using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Upserts outlines.json: disciplines and sponsors by code, outlines by discipline + kind + version, categories by
/// code within their outline. Only fields of the format are compared and written; rows the file does not mention
/// (seeded outlines, categories dropped from a version) are kept. A version that already exists must be given
/// unchanged (published versions are immutable); new versions and new categories of new versions are added.
/// All in one transaction, after validation.
/// </summary>
public static class OutlineCatalogImporter
{
    public static async Task<IReadOnlyList<string>> ImportAsync(
        CeGraphDbContext db, OutlinesDocument document, ImportSummary summary, CatalogChangeWriter changeLog, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(summary);
        var disciplines = await db.Disciplines.Include(d => d.Outlines).ThenInclude(o => o.Categories).AsSplitQuery()
            .ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        var problems = OutlineCatalogValidator.Validate(document, disciplines.Keys.ToHashSet(StringComparer.Ordinal));
        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var record in document.Disciplines ?? [])
        {
            summary.Disciplines.Count(UpsertDiscipline(db, disciplines, record));
        }

        var sponsors = await db.Sponsors.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var record in document.Sponsors ?? [])
        {
            summary.Sponsors.Count(UpsertSponsor(db, sponsors, record));
        }

        var changedVersions = new List<string>();
        var published = new List<(ContentOutline Outline, string DisciplineCode)>();
        foreach (var record in document.Outlines ?? [])
        {
            var discipline = disciplines[record.Discipline!];
            var outcome = OutlineUpserter.Upsert(discipline, record, summary.Categories);
            if (outcome == UpsertOutcome.Updated)
            {
                changedVersions.Add($"outline {record.Discipline} {record.Kind} {record.Version} already exists with other dates or categories: " +
                    "a published outline version never changes (the API caches it); give the new content a new version");
            }

            if (outcome == UpsertOutcome.Created)
            {
                published.Add((discipline.Outlines[^1], discipline.Code));
            }

            summary.Outlines.Count(outcome);
        }

        if (changedVersions.Count > 0)
        {
            return changedVersions; // nothing saved: the tracked changes are discarded with the context
        }

        db.ChangeTracker.DetectChanges();
        await changeLog.SaveAsync(db, () => published.Select(p => CatalogChanges.OutlinePublished(p.Outline, p.DisciplineCode, now)), cancellationToken);
        db.ChangeTracker.Clear();
        return [];
    }

    private static UpsertOutcome UpsertDiscipline(CeGraphDbContext db, Dictionary<string, Discipline> disciplines, DisciplineRecord record)
    {
        var pathways = record.Pathways!.Select(p => DatasetNames.Pathways[p]).Order().ToList();
        if (!disciplines.TryGetValue(record.Code!, out var discipline))
        {
            discipline = new Discipline { Code = record.Code!, Name = record.Name!, Pathways = pathways };
            db.Disciplines.Add(discipline);
            disciplines[discipline.Code] = discipline;
            return UpsertOutcome.Created;
        }

        if (discipline.Name == record.Name && discipline.Pathways.Order().SequenceEqual(pathways))
        {
            return UpsertOutcome.Unchanged;
        }

        discipline.Name = record.Name!;
        discipline.Pathways = pathways;
        return UpsertOutcome.Updated;
    }

    private static UpsertOutcome UpsertSponsor(CeGraphDbContext db, Dictionary<string, Sponsor> sponsors, SponsorRecord record)
    {
        if (!sponsors.TryGetValue(record.Code!, out var sponsor))
        {
            sponsor = new Sponsor { Code = record.Code!, Name = record.Name! };
            db.Sponsors.Add(sponsor);
            sponsors[sponsor.Code] = sponsor;
            return UpsertOutcome.Created;
        }

        if (sponsor.Name == record.Name)
        {
            return UpsertOutcome.Unchanged;
        }

        sponsor.Name = record.Name!;
        return UpsertOutcome.Updated;
    }
}
