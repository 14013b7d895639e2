namespace CeGraph.Domain.Outlines;

/// <summary>
/// One discipline's outline of one kind in one version, as a tree of categories addressed by code: the one tree the engine,
/// coverage and the planner walk. Answers "does this code exist here?", "is category C at or below category A?" and "which
/// codes lie at or below A?". A nested document (outlines.json, the seed file) becomes rows through <see cref="CategoryNesting"/>.
/// </summary>
public sealed class OutlineTree
{
    private readonly Dictionary<string, OutlineCategory> _byCode;
    private Dictionary<string, List<OutlineCategory>>? _children;

    public OutlineTree(string disciplineCode, OutlineKind kind, string version, IEnumerable<OutlineCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        DisciplineCode = disciplineCode;
        Kind = kind;
        Version = version;
        Categories = categories.ToArray();
        _byCode = Categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            if (category.ParentCode is not null && !_byCode.ContainsKey(category.ParentCode))
            {
                throw new ArgumentException($"Category '{category.Code}' names unknown parent '{category.ParentCode}'.", nameof(categories));
            }

            if (Depth(category) > Categories.Count)
            {
                throw new ArgumentException($"Category '{category.Code}' is its own ancestor: the parents form a cycle.", nameof(categories));
            }
        }
    }

    public string DisciplineCode { get; }

    public OutlineKind Kind { get; }

    public string Version { get; }

    /// <summary>Every category, in document order.</summary>
    public IReadOnlyList<OutlineCategory> Categories { get; }

    /// <summary>The major content categories (level 1), in document order.</summary>
    public IEnumerable<OutlineCategory> MajorCategories => Categories.Where(c => c.ParentCode is null);

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public OutlineCategory? Find(string code) => _byCode.GetValueOrDefault(code);

    private int Depth(OutlineCategory category)
    {
        var depth = 0;
        for (var current = category; current is not null && depth <= Categories.Count; current = current.ParentCode is null ? null : Find(current.ParentCode))
        {
            depth++;
        }

        return depth;
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestorCode"/> or lies anywhere below it.</summary>
    public bool IsAtOrBelow(string code, string ancestorCode)
    {
        var current = Find(code);
        while (current is not null)
        {
            if (string.Equals(current.Code, ancestorCode, StringComparison.Ordinal))
            {
                return true;
            }

            current = current.ParentCode is null ? null : Find(current.ParentCode);
        }

        return false;
    }

    /// <summary>
    /// <paramref name="code"/> and every code below it (empty when the code is not in this tree), parents before their children.
    /// </summary>
    public IReadOnlyList<string> CodesAtOrBelow(string code)
    {
        var codes = new List<string>();
        if (!_byCode.ContainsKey(code))
        {
            return codes;
        }

        // Built on first use: the engine only asks IsAtOrBelow, coverage asks this once per category.
        var children = _children ??= Categories.Where(c => c.ParentCode is not null)
            .GroupBy(c => c.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var stack = new Stack<string>([code]);
        while (stack.TryPop(out var current))
        {
            codes.Add(current);
            foreach (var child in children.GetValueOrDefault(current) ?? [])
            {
                stack.Push(child.Code);
            }
        }

        return codes;
    }
}
