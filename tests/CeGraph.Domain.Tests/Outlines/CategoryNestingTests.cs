using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Tests.Outlines;

public sealed class CategoryNestingTests
{
    private sealed record Node(string Code, IReadOnlyList<Node>? Children = null);

    [Fact]
    public void Flatten_NestedDocument_IsDepthFirstWithLevelOrdinalAndParent()
    {
        var b1 = new Node("B.1");
        var b = new Node("B", [b1, null!]);
        var a1 = new Node("A.1");
        var a = new Node("A", [a1]);

        var placed = CategoryNesting.Flatten([a, b], n => n.Children);

        Assert.Equal(
            [new(a, 1, 0, null), new(a1, 2, 1, a), new(b, 1, 2, null), new PlacedCategory<Node>(b1, 2, 3, b)],
            placed);
    }

    [Fact]
    public void Flatten_NoRoots_IsEmpty() => Assert.Empty(CategoryNesting.Flatten<Node>(null, n => n.Children));
}
