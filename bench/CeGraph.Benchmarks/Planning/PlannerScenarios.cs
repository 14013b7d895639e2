using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;

namespace CeGraph.Benchmarks.Planning;

/// <summary>The two benchmarked plans, as of 2026-06-30, from an empty set of completions.</summary>
public static class PlannerScenarios
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    /// <summary>CT structured education (TOTAL ≥ 16, ≥ 1 in each major category, 24 months) against outline 2023-01.</summary>
    public static PlanningInput CtStructuredEducation(DatasetCatalog catalog, PlanObjective objective)
    {
        var outline = catalog.Outline("CT", OutlineKind.StructuredEducation, "2023-01");
        var rules = new List<RuleSpec> { new(RuleKind.TotalCredits, null, new Credits(1600)) };
        rules.AddRange(outline.MajorCategories.Select(c => new RuleSpec(RuleKind.MinCreditsInCategory, c.Code, new Credits(100))));
        var requirement = new RequirementSpec(RequirementKind.StructuredEducation, outline, rules, CompletionWindow.Trailing(24));
        return Input(catalog, requirement, objective);
    }

    /// <summary>A CT CQR prescription of four subcategories (2024-01 outline), issued 2026-01-01, due 2027-12-31.</summary>
    public static PlanningInput CtCqrPrescription(DatasetCatalog catalog, PlanObjective objective)
    {
        var outline = catalog.Outline("CT", OutlineKind.CqrSsa, "2024-01");
        RuleSpec[] rules =
        [
            new(RuleKind.MinCreditsInCategory, "PC.2", new Credits(300)),
            new(RuleKind.MinCreditsInCategory, "S.1", new Credits(250)),
            new(RuleKind.MinCreditsInCategory, "IP.3", new Credits(400)),
            new(RuleKind.MinCreditsInCategory, "P.4", new Credits(200)),
        ];
        var requirement = new RequirementSpec(RequirementKind.CqrPrescription, outline, rules,
            CompletionWindow.Between(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)));
        return Input(catalog, requirement, objective);
    }

    public static PlanningInput ByName(DatasetCatalog catalog, string name, PlanObjective objective) => name switch
    {
        "ct-se" => CtStructuredEducation(catalog, objective),
        "ct-cqr" => CtCqrPrescription(catalog, objective),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "ct-se or ct-cqr"),
    };

    private static PlanningInput Input(DatasetCatalog catalog, RequirementSpec requirement, PlanObjective objective) =>
        new(new EvaluationInput(requirement, [], new Dictionary<string, ActivityFact>(StringComparer.Ordinal), AsOf), catalog.Activities, objective, null);
}
