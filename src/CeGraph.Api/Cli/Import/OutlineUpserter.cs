using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.Cli.Import;

/// <summary>Upserts one outline version and its categories (by code) into a tracked discipline.</summary>
public static class OutlineUpserter
{
    public static UpsertOutcome Upsert(Discipline discipline, OutlineRecord record, EntityCounts categoryCounts)
    {
        ArgumentNullException.ThrowIfNull(discipline);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(categoryCounts);
        var kind = DatasetNames.Kinds[record.Kind!];
        var outline = discipline.Outlines.FirstOrDefault(o => o.Kind == kind && o.Version == record.Version);
        var created = outline is null;
        if (outline is null)
        {
            outline = new ContentOutline { Kind = kind, Version = record.Version! };
            discipline.Outlines.Add(outline);
        }

        var changed = outline.EffectiveFrom != record.EffectiveFrom || outline.EffectiveUntil != record.EffectiveUntil;
        outline.EffectiveFrom = record.EffectiveFrom;
        outline.EffectiveUntil = record.EffectiveUntil;

        var byCode = outline.Categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var flat in CategoryTree.Flatten(record.Categories))
        {
            var outcome = UpsertCategory(outline, byCode, flat);
            categoryCounts.Count(outcome);
            changed |= outcome != UpsertOutcome.Unchanged;
        }

        return created ? UpsertOutcome.Created : changed ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
    }

    private static UpsertOutcome UpsertCategory(ContentOutline outline, Dictionary<string, ContentCategory> byCode, FlatCategory flat)
    {
        // Parents come before their children in document order, so the parent is already in the dictionary.
        var parent = flat.ParentCode is null ? null : byCode[flat.ParentCode];
        var record = flat.Record;
        if (!byCode.TryGetValue(record.Code!, out var category))
        {
            category = new ContentCategory { Code = record.Code!, Name = record.Name! };
            outline.Categories.Add(category);
            byCode[category.Code] = category;
            Apply(category, flat, parent);
            return UpsertOutcome.Created;
        }

        var same = category.Name == record.Name && category.ExamItems == record.ExamItems && category.Level == flat.Level
                   && category.Ordinal == flat.Ordinal && ReferenceEquals(ParentOf(outline, category), parent);
        if (same)
        {
            return UpsertOutcome.Unchanged;
        }

        Apply(category, flat, parent);
        return UpsertOutcome.Updated;
    }

    private static ContentCategory? ParentOf(ContentOutline outline, ContentCategory category) =>
        category.Parent ?? (category.ParentId is { } id ? outline.Categories.FirstOrDefault(c => c.Id == id) : null);

    private static void Apply(ContentCategory category, FlatCategory flat, ContentCategory? parent)
    {
        category.Name = flat.Record.Name!;
        category.ExamItems = flat.Record.ExamItems;
        category.Level = flat.Level;
        category.Ordinal = flat.Ordinal;
        category.Parent = parent;
        category.ParentId = parent?.Id is > 0 ? parent.Id : null;
    }
}
