namespace CeGraph.Domain.Outlines;

/// <summary>
/// An outline as a document writes it (each category holding its children: outlines.json, the seed file) turned into rows,
/// depth first in document order, which is the order the server lists categories in.
/// </summary>
public static class CategoryNesting
{
    /// <summary>Every category below <paramref name="roots"/> with its place; null entries and null child lists are passed over.</summary>
    public static IReadOnlyList<PlacedCategory<T>> Flatten<T>(IReadOnlyList<T>? roots, Func<T, IReadOnlyList<T>?> children)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(children);
        var placed = new List<PlacedCategory<T>>();
        void Walk(IReadOnlyList<T>? categories, int level, T? parent)
        {
            foreach (var category in categories ?? [])
            {
                if (category is null)
                {
                    continue;
                }

                placed.Add(new PlacedCategory<T>(category, level, placed.Count, parent));
                Walk(children(category), level + 1, category);
            }
        }

        Walk(roots, 1, null);
        return placed;
    }
}
