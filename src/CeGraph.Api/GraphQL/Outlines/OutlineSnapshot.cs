using CeGraph.Api.Data.Entities;
using CeGraph.Api.Facts;
using CeGraph.Domain.Outlines;

namespace CeGraph.Api.GraphQL.Outlines;

/// <summary>One published outline version with its whole category tree, indexed for the graph's lookups. Immutable.</summary>
public sealed class OutlineSnapshot
{
    private static readonly ContentCategory[] NoChildren = [];
    private readonly Dictionary<int, ContentCategory[]> _children;

    public OutlineSnapshot(ContentOutline outline, IEnumerable<ContentCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(outline);
        Outline = outline;
        Categories = [.. categories.OrderBy(c => c.Ordinal)];
        ById = Categories.ToDictionary(c => c.Id);
        _children = Categories.Where(c => c.ParentId is not null)
            .GroupBy(c => c.ParentId!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
        Majors = [.. Categories.Where(c => c.Level == 1)];
        Tree = EngineFacts.Outline(outline.Discipline?.Code ?? throw new ArgumentException("The outline's discipline must be loaded.", nameof(outline)), outline, Categories);
    }

    public ContentOutline Outline { get; }

    /// <summary>Every category in document order.</summary>
    public IReadOnlyList<ContentCategory> Categories { get; }

    public IReadOnlyList<ContentCategory> Majors { get; }

    public IReadOnlyDictionary<int, ContentCategory> ById { get; }

    /// <summary>The same version as the engine walks it (by code).</summary>
    public OutlineTree Tree { get; }

    public IReadOnlyList<ContentCategory> ChildrenOf(int categoryId) => _children.GetValueOrDefault(categoryId) ?? NoChildren;

    /// <summary>From the major category down to <paramref name="category"/>.</summary>
    public IReadOnlyList<ContentCategory> PathTo(ContentCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var path = new List<ContentCategory>();
        for (ContentCategory? current = category; current is not null; current = current.ParentId is int p ? ById.GetValueOrDefault(p) : null)
        {
            path.Add(current);
        }

        path.Reverse();
        return path;
    }
}
