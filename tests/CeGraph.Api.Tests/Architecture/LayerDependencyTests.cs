using System.Text.RegularExpressions;

namespace CeGraph.Api.Tests.Architecture;

/// <summary>
/// The folders (= namespaces) of src/CeGraph.Api form layers that only reference downwards (docs/architecture.md, "Folders"):
/// a file may use its own layer and the layers below it, never one above. The GraphQL feature folders are one layer (their
/// mutual references mirror the schema's graph) and so are the Hosting folders. The references are read from the source: each
/// file's <c>namespace</c>, its <c>using CeGraph.Api…;</c> lines, and qualified names in code (<c>CeGraph.Api.Feed.X</c>,
/// or <c>Feed.X</c> relative to the enclosing <c>CeGraph.Api</c>). Program.cs has no namespace: it is the entry point, above all.
/// </summary>
public sealed partial class LayerDependencyTests
{
    /// <summary>Bottom first. Layers on the same rank must not reference each other either.</summary>
    private static readonly (string Layer, int Rank)[] Layers =
    [
        ("CeGraph.Api", 0), // UtcClock
        ("Data", 1), // DbContext, entities, providers, migrations, the change log (Data.ChangeLog)
        ("Facts", 2),
        ("WriteRules", 2),
        ("Security", 2),
        ("Data.Seeding", 3), // start-up data: needs the change log and the bootstrap admin key
        ("Feed", 4), // the change feed's readers
        ("GraphQL", 5),
        ("Hardening", 6),
        ("Hosting", 7), // composition root: registrations, HTTP, feed transports
        ("Cli", 8),
    ];

    /// <summary>Edges accepted although they go up or sideways ("From -> To"). Keep it empty: fix the edge instead.</summary>
    private static readonly HashSet<string> AllowedExceptions = [];

    private static readonly string[] TopFolders = ["Cli", "Data", "Facts", "Feed", "GraphQL", "Hardening", "Hosting", "Security", "WriteRules"];

    [Fact]
    public void EveryFolderIsPlacedInALayer()
    {
        var unplaced = SourceFiles()
            .Select(f => f.Namespace)
            .Where(ns => ns is not null && LayerOf(ns) is null)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unplaced.Count == 0, $"Place these namespaces in LayerDependencyTests.Layers: {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void ReferencesOnlyPointDownTheLayers()
    {
        var rank = Layers.ToDictionary(l => l.Layer, l => l.Rank, StringComparer.Ordinal);
        var offending = Edges()
            .Where(e => rank[e.To] >= rank[e.From] && !AllowedExceptions.Contains($"{e.From} -> {e.To}"))
            .GroupBy(e => $"{e.From} -> {e.To}", StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(e => e.Evidence).Distinct(StringComparer.Ordinal).Take(3))})")
            .ToList();

        Assert.True(offending.Count == 0, "These references go up or sideways in the layer order:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void LayerGraphHasNoCycle()
    {
        var edges = Edges().Where(e => !AllowedExceptions.Contains($"{e.From} -> {e.To}")).ToList();
        var next = edges.GroupBy(e => e.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var cycle = FindCycle(next);
        if (cycle is null)
        {
            return;
        }

        var described = cycle.Zip(cycle.Skip(1), (from, to) => $"{from} -> {to} ({edges.First(e => e.From == from && e.To == to).Evidence})");
        Assert.Fail("The folder layers form a cycle:\n" + string.Join("\n", described));
    }

    private static List<string>? FindCycle(Dictionary<string, List<string>> next)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            var index = path.IndexOf(node);
            if (index >= 0)
            {
                return [.. path.Skip(index), node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (Visit(to) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        foreach (var node in next.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(node) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static IEnumerable<(string From, string To, string Evidence)> Edges()
    {
        foreach (var file in SourceFiles())
        {
            if (file.Namespace is null || LayerOf(file.Namespace) is not { } from)
            {
                continue;
            }

            var code = Code(file.Text);
            var referenced = UsingPattern().Matches(file.Text).Select(m => m.Groups["ns"].Value)
                .Concat(QualifiedPattern().Matches(code).Select(m => m.Groups["ns"].Value))
                .Concat(RelativePattern().Matches(code).Select(m => "CeGraph.Api." + m.Groups["ns"].Value));
            foreach (var name in referenced.Distinct(StringComparer.Ordinal))
            {
                if (LayerOf(name) is { } to && to != from)
                {
                    yield return (from, to, $"{file.Path}: {name}");
                }
            }
        }
    }

    /// <summary>The layer a namespace (or a qualified type name) belongs to, or null outside the known layers.</summary>
    private static string? LayerOf(string name)
    {
        if (name == "CeGraph.Api")
        {
            return "CeGraph.Api";
        }

        if (!name.StartsWith("CeGraph.Api.", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name["CeGraph.Api.".Length..];
        if (rest == "Data.Seeding" || rest.StartsWith("Data.Seeding.", StringComparison.Ordinal))
        {
            return "Data.Seeding";
        }

        var top = rest.Split('.')[0];
        return Layers.Any(l => l.Layer == top) ? top : null;
    }

    /// <summary>
    /// The text without using lines (read separately), comments and string literals, so that <c>using GraphQL.Types;</c> and
    /// prose ("GraphQL.NET") do not count as references.
    /// </summary>
    private static string Code(string text) =>
        StringPattern().Replace(CommentPattern().Replace(AnyUsingPattern().Replace(text, ""), ""), "\"\"");

    private static IEnumerable<(string Path, string? Namespace, string Text)> SourceFiles()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "CeGraph.Api");
        var separator = Path.DirectorySeparatorChar;
        foreach (var path in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(project, path);
            if (relative.StartsWith($"bin{separator}", StringComparison.Ordinal) || relative.StartsWith($"obj{separator}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var ns = NamespacePattern().Match(text);
            yield return (relative.Replace(separator, '/'), ns.Success ? ns.Groups["ns"].Value : null, text);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CeGraph.sln above {AppContext.BaseDirectory}.");
    }

    [Fact]
    public void TheScanSeesTheKnownFolders()
    {
        var namespaces = SourceFiles().Select(f => f.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.All(TopFolders, top => Assert.Contains(namespaces, ns => ns == $"CeGraph.Api.{top}" || ns.StartsWith($"CeGraph.Api.{top}.", StringComparison.Ordinal)));
        Assert.NotEmpty(Edges());
    }

    [GeneratedRegex(@"^namespace\s+(?<ns>CeGraph\.Api(\.\w+)*)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?(?<ns>CeGraph\.Api(\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingPattern();

    [GeneratedRegex(@"^\s*(global\s+)?using\s+[^;()]*;", RegexOptions.Multiline)]
    private static partial Regex AnyUsingPattern();

    [GeneratedRegex(@"(?<![\w.])(?<ns>CeGraph\.Api(\.\w+)+)")]
    private static partial Regex QualifiedPattern();

    /// <summary><c>Feed.CatalogFeedHub</c> or <c>Data.ChangeLog.CatalogChangeWriter</c> inside a <c>CeGraph.Api</c> namespace.</summary>
    [GeneratedRegex(@"(?<![\w.:])(?<ns>(Cli|Data|Facts|Feed|GraphQL|Hardening|Hosting|Security|WriteRules)(\.[A-Z]\w*)+)")]
    private static partial Regex RelativePattern();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"@?\$?""([^""\\\n]|\\.)*""")]
    private static partial Regex StringPattern();
}
