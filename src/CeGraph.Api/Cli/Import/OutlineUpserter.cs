using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Adds a new outline version and its categories to a tracked discipline, or compares an existing version with the record.
/// A published version never changes (the importer refuses a difference), so nothing here writes to an existing one.
/// </summary>
public static class OutlineUpserter
{
    /// <summary><see cref="UpsertOutcome.Updated"/> means "exists with other content", which the caller refuses.</summary>
    public static UpsertOutcome Upsert(Discipline discipline, OutlineRecord record, EntityCounts categoryCounts)
    {
        ArgumentNullException.ThrowIfNull(discipline);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(categoryCounts);
        var kind = DatasetNames.Kinds[record.Kind!];
        var outline = discipline.Outlines.FirstOrDefault(o => o.Kind == kind && o.Version == record.Version);
        if (outline is null)
        {
            Add(discipline, record, kind, categoryCounts);
            return UpsertOutcome.Created;
        }

        var same = outline.EffectiveFrom == record.EffectiveFrom && outline.EffectiveUntil == record.EffectiveUntil;
        var byCode = outline.Categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var flats = CategoryTree.Flatten(record.Categories).ToList();
        same &= flats.Count == byCode.Count;
        foreach (var flat in flats)
        {
            var unchanged = byCode.TryGetValue(flat.Record.Code!, out var category) && Matches(outline, category, flat);
            categoryCounts.Count(unchanged ? UpsertOutcome.Unchanged : category is null ? UpsertOutcome.Created : UpsertOutcome.Updated);
            same &= unchanged;
        }

        return same ? UpsertOutcome.Unchanged : UpsertOutcome.Updated;
    }

    private static void Add(Discipline discipline, OutlineRecord record, OutlineKind kind, EntityCounts categoryCounts)
    {
        var outline = new ContentOutline { Kind = kind, Version = record.Version!, EffectiveFrom = record.EffectiveFrom, EffectiveUntil = record.EffectiveUntil };
        discipline.Outlines.Add(outline);
        var byCode = new Dictionary<string, ContentCategory>(StringComparer.Ordinal);
        foreach (var flat in CategoryTree.Flatten(record.Categories))
        {
            // Parents come before their children in document order, so the parent is already in the dictionary.
            var category = new ContentCategory
            {
                Code = flat.Record.Code!,
                Name = flat.Record.Name!,
                ExamItems = flat.Record.ExamItems,
                Level = flat.Level,
                Ordinal = flat.Ordinal,
                Parent = flat.ParentCode is null ? null : byCode[flat.ParentCode],
            };
            outline.Categories.Add(category);
            byCode[category.Code] = category;
            categoryCounts.Count(UpsertOutcome.Created);
        }
    }

    private static bool Matches(ContentOutline outline, ContentCategory category, FlatCategory flat) =>
        category.Name == flat.Record.Name && category.ExamItems == flat.Record.ExamItems && category.Level == flat.Level
        && category.Ordinal == flat.Ordinal && ParentOf(outline, category)?.Code == flat.ParentCode;

    private static ContentCategory? ParentOf(ContentOutline outline, ContentCategory category) =>
        category.Parent ?? (category.ParentId is { } id ? outline.Categories.FirstOrDefault(c => c.Id == id) : null);
}
