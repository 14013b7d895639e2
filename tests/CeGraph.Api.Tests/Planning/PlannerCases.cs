using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.Tests.Planning;

/// <summary>
/// Seeded planning inputs (same seed, same input) of realistic shape for comparing the solver with the greedy baseline: a
/// structured-education outline of 4 majors × 3 subcategories; a structured-education-like requirement (a total and some majors)
/// or a CQR-like one (2 to 5 subcategories); <c>minActivities</c> to <c>maxActivities</c> catalog activities
/// of 0.25 to 8 credits (mostly small, some only partly distributed, some ineligible), about 40% of lines in the rules' categories;
/// up to four completions; either objective; and sometimes a bound on activities.
/// </summary>
public static class PlannerCases
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static readonly OutlineTree Outline = new("CT", OutlineKind.StructuredEducation, "2024-01",
        new[] { "PC", "S", "IP", "P" }.SelectMany(major => new[] { new OutlineCategory(major, major, null, 1) }
            .Concat(Enumerable.Range(1, 3).Select(i => new OutlineCategory($"{major}.{i}", $"{major}.{i}", major, 2)))));

    private static readonly int[] CreditQuarters = [1, 2, 2, 3, 4, 4, 4, 5, 6, 6, 8, 8, 10, 12, 16, 20, 24, 32];

#pragma warning disable CA5394 // Test data: a seeded generator makes each case reproducible.
    public static PlanningInput Create(int seed, int minActivities = 40, int maxActivities = 250)
    {
        var random = new Random(seed);
        var subcategories = Outline.Categories.Where(c => c.ParentCode is not null).Select(c => c.Code).ToArray();
        RequirementSpec requirement;
        if (random.Next(2) == 0)
        {
            var rules = new List<RuleSpec> { new(RuleKind.TotalCredits, null, Quarters(random, 16, 64)) };
            rules.AddRange(Outline.MajorCategories.Where(_ => random.Next(4) != 0).Select(c => new RuleSpec(RuleKind.MinCreditsInCategory, c.Code, Quarters(random, 1, 6))));
            requirement = new RequirementSpec(RequirementKind.StructuredEducation, Outline, rules, CompletionWindow.Trailing(24));
        }
        else
        {
            var rules = subcategories.OrderBy(_ => random.Next()).Take(random.Next(2, 6))
                .Select(c => new RuleSpec(RuleKind.MinCreditsInCategory, c, Quarters(random, 2, 16))).ToArray();
            requirement = new RequirementSpec(RequirementKind.CqrPrescription, Outline, rules, CompletionWindow.Between(new(2026, 1, 1), new(2026, 12, 31)));
        }

        var targeted = requirement.Rules.Where(r => r.CategoryCode is not null)
            .SelectMany(r => Outline.Categories.Where(c => c.Code == r.CategoryCode || c.ParentCode == r.CategoryCode).Select(c => c.Code)).ToArray();
        var lineCodes = Outline.Categories.Select(c => c.Code).Append("IP.9").ToArray();
        var activities = Enumerable.Range(0, random.Next(minActivities, maxActivities + 1))
            .Select(i => Activity(random, $"C{i:000}", targeted, lineCodes)).ToArray();
        var completions = activities.Where(_ => random.Next(30) == 0).Take(4)
            .Select(a => new CompletionFact(a.Code, AsOf.AddDays(-random.Next(0, 200)))).ToArray();
        var completed = activities.Where(a => completions.Any(c => c.ActivityCode == a.Code)).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var objective = seed % 2 == 0 ? PlanObjective.MinCredits : PlanObjective.MinActivities;
        int? bound = random.Next(7) == 0 ? random.Next(2, 7) : null;
        return new PlanningInput(new EvaluationInput(requirement, completions, completed, AsOf), activities, objective, bound);
    }

    private static ActivityFact Activity(Random random, string code, string[] targeted, string[] lineCodes)
    {
        var credits = new Credits(25L * CreditQuarters[random.Next(CreditQuarters.Length)]);
        var budget = credits.Hundredths - (random.Next(4) == 0 ? 25L * random.Next(0, 3) : 0);
        var lines = new List<LineFact>();
        var count = random.Next(1, 5);
        for (var l = 0; l < count && budget > 0; l++)
        {
            var amount = l == count - 1 ? budget : Math.Min(budget, 25L * random.Next(1, (int)Math.Max(2, budget / 25)));
            var category = targeted.Length > 0 && random.Next(5) < 2 ? targeted[random.Next(targeted.Length)] : lineCodes[random.Next(lineCodes.Length)];
            lines.Add(new LineFact(category, new Credits(amount)));
            budget -= amount;
        }

        var distribution = new DistributionFact("CT", OutlineKind.StructuredEducation, "2024-01", lines);
        return random.Next(20) switch
        {
            0 => new ActivityFact(code, credits, ActivityStatus.Rejected, null, [distribution]),
            1 => new ActivityFact(code, credits, ActivityStatus.Distributed, AsOf.AddDays(-1), [distribution]),
            2 => new ActivityFact(code, credits, ActivityStatus.Distributed, null, [distribution with { DisciplineCode = "MR" }]),
            _ => new ActivityFact(code, credits, ActivityStatus.Distributed, random.Next(3) == 0 ? AsOf.AddDays(random.Next(0, 400)) : null, [distribution]),
        };
    }

    private static Credits Quarters(Random random, int min, int max) => new(25L * random.Next(min, max + 1));
#pragma warning restore CA5394

    /// <summary>The engine's evaluation of the input's completions plus these activities, each completed on asOf.</summary>
    public static EvaluationResult Reevaluate(PlanningInput input, IEnumerable<ActivityFact> added)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = input.Current;
        var activities = new Dictionary<string, ActivityFact>(current.Activities, StringComparer.Ordinal);
        var completions = current.Completions.ToList();
        foreach (var activity in added)
        {
            activities[activity.Code] = activity;
            completions.Add(new CompletionFact(activity.Code, current.AsOf));
        }

        return RequirementEvaluator.Evaluate(current with { Completions = completions, Activities = activities });
    }
}
