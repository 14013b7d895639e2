using System.Globalization;
using System.Text.Json;
using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;

namespace CeGraph.Benchmarks.Planning;

/// <summary>
/// A dataset folder in the import format (outlines.json + activities.jsonl, see dataset-format.md) read straight into the
/// engine's facts, without a database: the planner's input for the 100,000-activity benchmarks. Generate one with
/// <c>python3 ../shared/tools/gen-dataset.py --out /tmp/ds100k --activities 100000 --seed 1</c>.
/// </summary>
public sealed class DatasetCatalog
{
    private readonly Dictionary<(string Discipline, OutlineKind Kind, string Version), OutlineTree> _outlines;

    private DatasetCatalog(Dictionary<(string, OutlineKind, string), OutlineTree> outlines, IReadOnlyList<ActivityFact> activities)
    {
        _outlines = outlines;
        Activities = activities;
    }

    /// <summary>The folder named by <c>CEGRAPH_BENCH_DATASET</c>, default <c>/tmp/ds100k</c>.</summary>
    public static string DefaultFolder => Environment.GetEnvironmentVariable("CEGRAPH_BENCH_DATASET") ?? "/tmp/ds100k";

    public IReadOnlyList<ActivityFact> Activities { get; }

    public OutlineTree Outline(string discipline, OutlineKind kind, string version) => _outlines[(discipline, kind, version)];

    public static DatasetCatalog Load(string folder)
    {
        var outlines = new Dictionary<(string, OutlineKind, string), OutlineTree>();
        using (var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "outlines.json"))))
        {
            foreach (var outline in document.RootElement.GetProperty("outlines").EnumerateArray())
            {
                var discipline = outline.GetProperty("discipline").GetString()!;
                var kind = Kind(outline.GetProperty("kind").GetString()!);
                var version = outline.GetProperty("version").GetString()!;
                var categories = new List<OutlineCategory>();
                AddCategories(outline.GetProperty("categories"), null, 1, categories);
                outlines[(discipline, kind, version)] = new OutlineTree(discipline, kind, version, categories);
            }
        }

        var activities = new List<ActivityFact>(100_000);
        foreach (var line in File.ReadLines(Path.Combine(folder, "activities.jsonl")))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var distributions = new List<DistributionFact>();
            if (root.TryGetProperty("distributions", out var list))
            {
                foreach (var d in list.EnumerateArray())
                {
                    var lines = d.GetProperty("lines").EnumerateArray()
                        .Select(l => new LineFact(l.GetProperty("category").GetString()!, Credits.Parse(l.GetProperty("credits").GetString()!)))
                        .ToArray();
                    distributions.Add(new DistributionFact(d.GetProperty("discipline").GetString()!, Kind(d.GetProperty("kind").GetString()!),
                        d.GetProperty("version").GetString()!, lines));
                }
            }

            var expires = root.TryGetProperty("expiresOn", out var e) && e.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            var status = root.GetProperty("status").GetString() switch
            {
                "DISTRIBUTED" => ActivityStatus.Distributed,
                "REJECTED" => ActivityStatus.Rejected,
                _ => ActivityStatus.Submitted,
            };
            activities.Add(new ActivityFact(root.GetProperty("code").GetString()!, Credits.Parse(root.GetProperty("credits").GetString()!), status, expires, distributions));
        }

        return new DatasetCatalog(outlines, activities);
    }

    private static void AddCategories(JsonElement categories, string? parent, int level, List<OutlineCategory> into)
    {
        foreach (var category in categories.EnumerateArray())
        {
            var code = category.GetProperty("code").GetString()!;
            into.Add(new OutlineCategory(code, category.GetProperty("name").GetString()!, parent, level));
            AddCategories(category.GetProperty("children"), code, level + 1, into);
        }
    }

    private static OutlineKind Kind(string text) => text switch
    {
        "STRUCTURED_EDUCATION" => OutlineKind.StructuredEducation,
        "CQR_SSA" => OutlineKind.CqrSsa,
        _ => OutlineKind.Examination,
    };
}
