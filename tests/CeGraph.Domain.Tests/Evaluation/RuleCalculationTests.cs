using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>How admitted activities' lines earn credits toward each rule.</summary>
public sealed class RuleCalculationTests
{
    private static readonly Scenario CtStructured =
        Scenario.For(Requirements.StructuredEducation(TestOutlines.CtStructuredEducation()), "2026-06-30");

    [Fact]
    public void Evaluate_CreditsExactlyOnEveryBoundary_AreSatisfiedWithNothingRemaining()
    {
        var result = CtStructured
            .With(ActivityBuilder.Code("A1").To("CT", ("PC", "1"), ("S.1", "1"), ("IP.2", "1"), ("P", "13")))
            .Completed("A1", "2026-01-01")
            .Evaluate();

        Assert.True(result.Fulfilled);
        Assert.All(result.Rules, r => Assert.True(r.Satisfied));
        Assert.All(result.Rules, r => Assert.Equal(Credits.Zero, r.Remaining));
        Assert.Equal(Credits.Parse("16"), result.Rules[0].Earned);
    }

    [Fact]
    public void Evaluate_LineOnTopicTwoLevelsBelowRuleCategory_CountsTowardIt()
    {
        var result = CtStructured
            .With(ActivityBuilder.Code("A1").To("CT", ("IP.1.2", "2.25")))
            .Completed("A1", "2026-01-01")
            .Evaluate();

        var imageProduction = result.Rules.Single(r => r.Rule.CategoryCode == "IP");
        Assert.Equal(Credits.Parse("2.25"), imageProduction.Earned);
        Assert.Equal(new Contribution("A1", "IP.1.2", Credits.Parse("2.25"), true), Assert.Single(imageProduction.Contributions));
        Assert.All(result.Rules.Where(r => r.Rule.CategoryCode is "PC" or "S" or "P"), r => Assert.Equal(Credits.Zero, r.Earned));
    }

    [Fact]
    public void Evaluate_LineInCategoryMissingFromRequirementVersion_CountsTowardTotalOnlyAndSaysSo()
    {
        var result = CtStructured
            .With(ActivityBuilder.Code("A7").To("CT", OutlineKind.StructuredEducation, "2022-01", ("PC", "1.0"), ("IP.9", "2.0")))
            .Completed("A7", "2026-01-01")
            .Evaluate();

        var total = result.Rules[0];
        Assert.Equal(Credits.Parse("3"), total.Earned);
        Assert.Equal(Credits.Parse("3"), result.CountedCredits);
        Assert.Contains(new Contribution("A7", "IP.9", Credits.Parse("2"), false), total.Contributions);
        Assert.Equal(
            "Not in outline version 2024-01 of CT structured education, so counted toward TOTAL_CREDITS only: "
            + "A7 line in category IP.9 (2.00 credits).",
            total.Detail);
        Assert.Equal(Credits.Zero, result.Rules.Single(r => r.Rule.CategoryCode == "IP").Earned);
        Assert.Equal(Credits.Parse("1"), result.Rules.Single(r => r.Rule.CategoryCode == "PC").Earned);
    }

    [Fact]
    public void Evaluate_CqrPrescription_CountsPrescribedSubcategoriesWithinFixedWindow()
    {
        var prescription = Requirements.CqrPrescription(TestOutlines.CtCqr(), "2026-01-15", "2026-07-15", ("IP.1", "2"), ("P.2", "1.5"));
        var result = Scenario.For(prescription, "2026-03-01")
            .With(
                ActivityBuilder.Code("C1").To("CT", OutlineKind.CqrSsa, "current", ("IP.1", "1.5"), ("S.1", "1")),
                ActivityBuilder.Code("C2").To("CT", OutlineKind.CqrSsa, "current", ("P.2", "1.5")),
                ActivityBuilder.Code("C3").To("CT", OutlineKind.CqrSsa, "current", ("IP.1", "3")),
                ActivityBuilder.Code("SE").To("CT", ("IP.1", "3")))
            .Completed("C1", "2026-01-15")
            .Completed("C2", "2026-07-15")
            .Completed("C3", "2026-01-14")
            .Completed("SE", "2026-02-01")
            .Evaluate();

        Assert.Equal(["IP.1 1.50/2.00 remaining 0.50", "P.2 1.50/1.50 remaining 0.00"],
            result.Rules.Select(r => $"{r.Rule.CategoryCode} {r.Earned}/{r.Required} remaining {r.Remaining}"));
        Assert.False(result.Fulfilled);
        Assert.Equal("counted 4.00 [C1,C2]; ignored [C3 2026-01-14 OutsideWindow, SE 2026-02-01 NotTargeted]", ResultText.Summary(result));
    }

    [Fact]
    public void Evaluate_RequirementWithNoRules_IsFulfilled()
    {
        var empty = Requirements.StructuredEducation(TestOutlines.CtStructuredEducation()) with { Rules = [] };

        var result = Scenario.For(empty, "2026-06-30").Evaluate();

        Assert.True(result.Fulfilled);
        Assert.Empty(result.Rules);
    }

    [Fact]
    public void Evaluate_TwoRulesOnOneCategory_BothEarnTheLine()
    {
        var requirement = Requirements.StructuredEducation(TestOutlines.CtStructuredEducation()) with
        {
            Rules = [Requirements.Min("S", "1"), Requirements.Min("S", "3")],
        };

        var result = Scenario.For(requirement, "2026-06-30")
            .With(ActivityBuilder.Code("A1").To("CT", ("S.2", "2")))
            .Completed("A1", "2026-01-01")
            .Evaluate();

        Assert.Equal(["2.00 True", "2.00 False"], result.Rules.Select(r => $"{r.Earned} {r.Satisfied}"));
    }
}
