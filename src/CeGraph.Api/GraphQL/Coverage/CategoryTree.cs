using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.GraphQL.Coverage;

/// <summary>The codes at or below each category of one outline version.</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<int, List<ContentCategory>> _children;

    private CategoryTree(Dictionary<int, List<ContentCategory>> children) => _children = children;

    public static CategoryTree From(IEnumerable<ContentCategory> categories) =>
        new(categories.Where(c => c.ParentId is not null).GroupBy(c => c.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList()));

    public List<string> CodesAtOrBelow(ContentCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var codes = new List<string>();
        var stack = new Stack<ContentCategory>([category]);
        while (stack.TryPop(out var current))
        {
            codes.Add(current.Code);
            foreach (var child in _children.GetValueOrDefault(current.Id) ?? [])
            {
                stack.Push(child);
            }
        }

        return codes;
    }
}
