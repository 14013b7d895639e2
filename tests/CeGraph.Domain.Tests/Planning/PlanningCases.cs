using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>
/// Small random planning inputs from a seed (same seed, same input): over the CT structured-education test outline, a
/// structured-education-like or CQR-like requirement, 6 to 14 activities of every kind (about half their lines in the rules'
/// categories) (ineligible ones too, lines outside the
/// outline version too), up to three completions, either objective, and sometimes a bound on activities.
/// </summary>
public static class PlanningCases
{
    public static readonly DateOnly AsOf = Day.Of("2026-06-30");

    private static readonly string[] LineCodes = [.. TestOutlines.CtStructuredEducation().Categories.Select(c => c.Code), "IP.9"];

    private static readonly string[] Subcategories = ["PC.1", "PC.2", "S.1", "S.2", "IP.1", "IP.2", "P.1", "P.2", "P.3"];

#pragma warning disable CA5394 // Test data: a seeded generator makes each case reproducible.
    public static PlanningInput Create(int seed)
    {
        var random = new Random(seed);
        var outline = TestOutlines.CtStructuredEducation();
        RequirementSpec requirement;
        if (random.Next(2) == 0)
        {
            var rules = new List<RuleSpec> { new(RuleKind.TotalCredits, null, Quarters(random, 2, 24)) };
            rules.AddRange(outline.MajorCategories.Where(_ => random.Next(3) != 0).Select(c => new RuleSpec(RuleKind.MinCreditsInCategory, c.Code, Quarters(random, 1, 4))));
            requirement = new RequirementSpec(RequirementKind.StructuredEducation, outline, rules, CompletionWindow.Trailing(24));
        }
        else
        {
            var rules = Subcategories.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
                .Select(c => new RuleSpec(RuleKind.MinCreditsInCategory, c, Quarters(random, 1, 6))).ToArray();
            requirement = new RequirementSpec(RequirementKind.CqrPrescription, outline, rules, CompletionWindow.Between(Day.Of("2026-01-01"), Day.Of("2026-12-31")));
        }

        var targeted = requirement.Rules.Where(r => r.CategoryCode is not null).Select(r => r.CategoryCode!).ToArray();
        var activities = Enumerable.Range(0, random.Next(6, 15)).Select(i => Activity(random, $"A{i:00}", targeted)).ToArray();
        var completions = activities.Where(_ => random.Next(5) == 0).Take(3)
            .Select(a => new CompletionFact(a.Code, AsOf.AddDays(-random.Next(0, 300)))).ToArray();
        var completed = activities.Where(a => completions.Any(c => c.ActivityCode == a.Code)).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var objective = random.Next(2) == 0 ? PlanObjective.MinCredits : PlanObjective.MinActivities;
        int? max = random.Next(4) == 0 ? random.Next(0, 4) : null;
        return new PlanningInput(new EvaluationInput(requirement, completions, completed, AsOf), activities, objective, max);
    }

    private static ActivityFact Activity(Random random, string code, string[] targeted)
    {
        var credits = Quarters(random, 1, 16);
        var lines = new List<LineFact>();
        var budget = credits.Hundredths;
        for (var l = random.Next(1, 4); l > 0 && budget > 0; l--)
        {
            var amount = Math.Min(budget, 25L * random.Next(1, 7));
            var category = targeted.Length > 0 && random.Next(2) == 0 ? targeted[random.Next(targeted.Length)] : LineCodes[random.Next(LineCodes.Length)];
            lines.Add(new LineFact(category, new Credits(amount)));
            budget -= amount;
        }

        var ct = new DistributionFact("CT", OutlineKind.StructuredEducation, random.Next(4) == 0 ? "2022-01" : "2024-01", lines);
        var mr = new DistributionFact("MR", OutlineKind.StructuredEducation, "2024-01", lines);
        return random.Next(12) switch
        {
            0 => new ActivityFact(code, credits, ActivityStatus.Rejected, null, [ct]),
            1 => new ActivityFact(code, credits, ActivityStatus.Submitted, null, []),
            2 => new ActivityFact(code, credits, ActivityStatus.Distributed, null, [mr]),
            3 => new ActivityFact(code, credits, ActivityStatus.Distributed, AsOf.AddDays(-random.Next(1, 100)), [ct]),
            4 => new ActivityFact(code, credits, ActivityStatus.Distributed, AsOf.AddDays(random.Next(0, 2)), [mr, ct]),
            _ => new ActivityFact(code, credits, ActivityStatus.Distributed, null, [ct]),
        };
    }

    private static Credits Quarters(Random random, int min, int max) => new(25L * random.Next(min, max + 1));
#pragma warning restore CA5394
}
