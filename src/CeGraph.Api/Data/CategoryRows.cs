using CeGraph.Api.Data.Entities;
using CeGraph.Domain.Outlines;

namespace CeGraph.Api.Data;

/// <summary>The category rows of a new outline version from a nested document (the seed file, outlines.json).</summary>
public static class CategoryRows
{
    /// <summary>
    /// Adds one row per category to <paramref name="outline"/>, in document order, with its level, ordinal and parent set;
    /// <paramref name="row"/> gives the row its own fields (code, name, exam items).
    /// </summary>
    public static IReadOnlyList<ContentCategory> AddTo<T>(ContentOutline outline, IReadOnlyList<T>? roots, Func<T, IReadOnlyList<T>?> children, Func<T, ContentCategory> row)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(row);
        var rows = new Dictionary<T, ContentCategory>(ReferenceEqualityComparer.Instance);
        foreach (var placed in CategoryNesting.Flatten(roots, children))
        {
            // Parents come before their children in document order, so the parent's row already exists.
            var category = row(placed.Category);
            category.Level = placed.Level;
            category.Ordinal = placed.Ordinal;
            category.Parent = placed.Parent is null ? null : rows[placed.Parent];
            outline.Categories.Add(category);
            rows[placed.Category] = category;
        }

        return [.. rows.Values];
    }
}
