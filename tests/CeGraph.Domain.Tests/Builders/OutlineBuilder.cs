using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>Builds an <see cref="OutlineTree"/>: <c>OutlineBuilder.Ct().Major("PC", "PC.1").Build()</c>.</summary>
public sealed class OutlineBuilder
{
    private readonly string _discipline;
    private readonly OutlineKind _kind;
    private readonly List<OutlineCategory> _categories = [];
    private string _version = "2024-01";

    private OutlineBuilder(string discipline, OutlineKind kind)
    {
        _discipline = discipline;
        _kind = kind;
    }

    public static OutlineBuilder For(string discipline, OutlineKind kind = OutlineKind.StructuredEducation) => new(discipline, kind);

    public static OutlineBuilder Ct(OutlineKind kind = OutlineKind.StructuredEducation) => For("CT", kind);

    public OutlineBuilder Version(string version)
    {
        _version = version;
        return this;
    }

    /// <summary>Adds level-1 categories with no children.</summary>
    public OutlineBuilder WithMajors(params string[] codes)
    {
        foreach (var code in codes)
        {
            Category(code, parent: null);
        }

        return this;
    }

    /// <summary>Adds a major category and its subcategories.</summary>
    public OutlineBuilder Major(string code, params string[] subcategories)
    {
        Category(code, parent: null);
        foreach (var sub in subcategories)
        {
            Category(sub, code);
        }

        return this;
    }

    /// <summary>Adds one category below <paramref name="parent"/> (or at level 1); its level follows from the parent's.</summary>
    public OutlineBuilder Category(string code, string? parent)
    {
        var level = parent is null ? 1 : (_categories.Find(c => c.Code == parent)?.Level ?? 0) + 1;
        _categories.Add(new OutlineCategory(code, $"Category {code}", parent, level));
        return this;
    }

    public OutlineTree Build() => new(_discipline, _kind, _version, _categories);
}
