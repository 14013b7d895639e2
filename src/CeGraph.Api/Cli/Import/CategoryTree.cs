using CeGraph.Api.Cli.Dataset;

namespace CeGraph.Api.Cli.Import;

public static class CategoryTree
{
    /// <summary>Depth-first, in document order: the order the server lists categories in.</summary>
    public static IReadOnlyList<FlatCategory> Flatten(IReadOnlyList<CategoryRecord>? roots)
    {
        var flat = new List<FlatCategory>();
        void Walk(IReadOnlyList<CategoryRecord>? categories, int level, string? parentCode)
        {
            foreach (var category in categories ?? [])
            {
                if (category is null)
                {
                    continue;
                }

                flat.Add(new FlatCategory(category, level, flat.Count, parentCode));
                Walk(category.Children, level + 1, category.Code);
            }
        }

        Walk(roots, 1, null);
        return flat;
    }
}
