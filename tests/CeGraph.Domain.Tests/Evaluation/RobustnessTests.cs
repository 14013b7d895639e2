using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>The engine is total: an invalid requirement or odd outline gives an explained result, never an exception.</summary>
public sealed class RobustnessTests
{
    private static readonly OutlineTree Outline = TestOutlines.CtStructuredEducation();

    [Fact]
    public void Evaluate_RulesThatCannotEarn_EarnZeroAndExplainWhy()
    {
        var requirement = Requirements.StructuredEducation(Outline) with
        {
            Rules = [Requirements.Min("NOPE", "1"), new RuleSpec(RuleKind.MinCreditsInCategory, null, Credits.Parse("1")),
                new RuleSpec(RuleKind.TotalCredits, "PC", Credits.Parse("1"))],
        };

        var result = Scenario.For(requirement, "2026-06-30")
            .With(ActivityBuilder.Code("A1").To("CT", ("PC", "2")))
            .Completed("A1", "2026-01-01")
            .Evaluate();

        Assert.Equal(
            [
                "0.00 Category NOPE does not exist in outline version 2024-01 of CT structured education, so nothing counts toward this rule.",
                "0.00 This rule names no category, so nothing counts toward it.",
                "2.00 TOTAL_CREDITS counts every category; the rule's category PC is not used.",
            ],
            result.Rules.Select(r => $"{r.Earned} {r.Detail}"));
    }

    [Fact]
    public void OutlineTree_ParentCycle_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new OutlineTree("CT", OutlineKind.StructuredEducation, "bad",
            [new OutlineCategory("A", "A", "B", 1), new OutlineCategory("B", "B", "A", 2)]));

        Assert.Contains("cycle", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(int.MaxValue, "0.50")]
    [InlineData(int.MinValue, "0.00")]
    [InlineData(0, "0.00")]
    public void Evaluate_AbsurdTrailingWindow_DoesNotThrow(int months, string counted)
    {
        var requirement = Requirements.StructuredEducation(Outline) with { Window = CompletionWindow.Trailing(months) };

        var result = Scenario.For(requirement, "2026-06-30")
            .With(ActivityBuilder.Code("A1").To("CT", ("PC", "0.5")))
            .Completed("A1", "1990-01-01")
            .Evaluate();

        Assert.Equal(counted, result.CountedCredits.ToString());
    }
}
