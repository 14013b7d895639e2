using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;

namespace CeGraph.Benchmarks;

/// <summary>
/// A realistic, fixed evaluation: CT structured education (4 majors with 2-3 subcategories each), 60 activities of every
/// status, and 50 completions as of 2026-06-30 that exercise every ignored reason. Built by arithmetic, not randomness.
/// </summary>
public static class CtStructuredEducationSet
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    private static readonly string[] LineCodes =
        ["PC.1", "PC.2", "S.1", "S.2", "S.3", "IP.1", "IP.2", "IP.3", "P.1", "P.2", "P.3", "PC", "P"];

    public static OutlineTree Outline() =>
        new("CT", OutlineKind.StructuredEducation, "2024-01",
        [
            Major("PC"), Sub("PC.1", "PC"), Sub("PC.2", "PC"),
            Major("S"), Sub("S.1", "S"), Sub("S.2", "S"), Sub("S.3", "S"),
            Major("IP"), Sub("IP.1", "IP"), Sub("IP.2", "IP"), Sub("IP.3", "IP"),
            Major("P"), Sub("P.1", "P"), Sub("P.2", "P"), Sub("P.3", "P"),
        ]);

    public static EvaluationInput Input()
    {
        var outline = Outline();
        var rules = new List<RuleSpec> { new(RuleKind.TotalCredits, null, new Credits(1600)) };
        rules.AddRange(outline.MajorCategories.Select(c => new RuleSpec(RuleKind.MinCreditsInCategory, c.Code, new Credits(100))));
        var requirement = new RequirementSpec(RequirementKind.StructuredEducation, outline, rules, CompletionWindow.Trailing(24));
        var activities = Enumerable.Range(0, 60).Select(Activity).ToDictionary(a => a.Code, StringComparer.Ordinal);
        return new EvaluationInput(requirement, Completions(), activities, AsOf);
    }

    /// <summary>45 activities completed once (some before the window), 3 completed again, and 2 unknown codes.</summary>
    private static CompletionFact[] Completions()
    {
        var completions = new List<CompletionFact>();
        for (var i = 0; i < 45; i++)
        {
            completions.Add(new CompletionFact(Code(i), new DateOnly(2024, 3, 1).AddDays(i * 23 % 840)));
        }

        completions.Add(new CompletionFact(Code(2), new DateOnly(2026, 5, 1)));
        completions.Add(new CompletionFact(Code(14), new DateOnly(2026, 5, 2)));
        completions.Add(new CompletionFact(Code(26), new DateOnly(2026, 5, 3)));
        completions.Add(new CompletionFact("X01", new DateOnly(2025, 1, 1)));
        completions.Add(new CompletionFact("X02", new DateOnly(2025, 2, 1)));

        // Reverse so the engine has to sort.
        completions.Reverse();
        return [.. completions];
    }

    private static ActivityFact Activity(int i)
    {
        var code = Code(i);
        var lines = Enumerable.Range(0, 2 + (i % 2))
            .Select(k => new LineFact(i % 20 == 11 && k == 0 ? "IP.9" : LineCodes[((i * 5) + (k * 3)) % LineCodes.Length], new Credits(50 + (25 * ((i + k) % 6)))))
            .ToArray();
        var ct = new DistributionFact("CT", OutlineKind.StructuredEducation, i % 4 == 0 ? "2022-01" : "2024-01", lines);
        var mr = new DistributionFact("MR", OutlineKind.StructuredEducation, "2023-07", lines);
        var credits = new Credits(400);
        return (i % 12) switch
        {
            5 => new ActivityFact(code, credits, ActivityStatus.Rejected, null, [ct]),
            7 => new ActivityFact(code, credits, ActivityStatus.Submitted, null, []),
            9 => new ActivityFact(code, credits, ActivityStatus.Distributed, null, [mr]),
            _ => new ActivityFact(code, credits, ActivityStatus.Distributed, i % 15 == 3 ? new DateOnly(2025, 1, 1) : null, [mr, ct]),
        };
    }

    private static string Code(int i) => $"CT-{i:D3}";

    private static OutlineCategory Major(string code) => new(code, code, null, 1);

    private static OutlineCategory Sub(string code, string parent) => new(code, code, parent, 2);
}
