using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using CeGraph.Domain.Outlines;

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
        var placedCategories = CategoryNesting.Flatten(record.Categories, c => c.Children);
        same &= placedCategories.Count == byCode.Count;
        foreach (var placed in placedCategories)
        {
            var unchanged = byCode.TryGetValue(placed.Category.Code!, out var category) && Matches(outline, category, placed);
            categoryCounts.Count(unchanged ? UpsertOutcome.Unchanged : category is null ? UpsertOutcome.Created : UpsertOutcome.Updated);
            same &= unchanged;
        }

        return same ? UpsertOutcome.Unchanged : UpsertOutcome.Updated;
    }

    private static void Add(Discipline discipline, OutlineRecord record, OutlineKind kind, EntityCounts categoryCounts)
    {
        var outline = new ContentOutline { Kind = kind, Version = record.Version!, EffectiveFrom = record.EffectiveFrom, EffectiveUntil = record.EffectiveUntil };
        discipline.Outlines.Add(outline);
        var added = CategoryRows.AddTo(outline, record.Categories, c => c.Children,
            c => new ContentCategory { Code = c.Code!, Name = c.Name!, ExamItems = c.ExamItems });
        categoryCounts.Created += added.Count;
    }

    private static bool Matches(ContentOutline outline, ContentCategory category, PlacedCategory<CategoryRecord> placed) =>
        category.Name == placed.Category.Name && category.ExamItems == placed.Category.ExamItems && category.Level == placed.Level
        && category.Ordinal == placed.Ordinal && ParentOf(outline, category)?.Code == placed.Parent?.Code;

    private static ContentCategory? ParentOf(ContentOutline outline, ContentCategory category) =>
        category.Parent ?? (category.ParentId is { } id ? outline.Categories.FirstOrDefault(c => c.Id == id) : null);
}
