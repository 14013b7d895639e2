using CeGraph.Api.Data.Entities;
using CeGraph.Domain.Outlines;

namespace CeGraph.Api.Facts;

/// <summary>
/// The one mapping from store rows to the engine's facts. The loaders choose what to read (each query is shaped for its
/// caller); what a row means to the engine is decided here.
/// </summary>
public static class EngineFacts
{
    /// <summary>An outline version's category rows (any order; parents by id, all in <paramref name="categories"/>) as its tree.</summary>
    public static OutlineTree Outline(string disciplineCode, ContentOutline outline, IReadOnlyCollection<ContentCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(categories);
        var codeById = categories.ToDictionary(c => c.Id, c => c.Code);
        return new OutlineTree(disciplineCode, outline.Kind, outline.Version,
            categories.Select(c => new OutlineCategory(c.Code, c.Name, c.ParentId is int p ? codeById[p] : null, c.Level)));
    }
}
