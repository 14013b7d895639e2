using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>The worked example of requirement-semantics.md: CT structured education, asOf 2026-06-30.</summary>
public sealed class WorkedExampleTests
{
    private static readonly EvaluationResult Result =
        Scenario.For(Requirements.StructuredEducation(TestOutlines.CtStructuredEducation()), "2026-06-30")
            .With(
                ActivityBuilder.Code("A1").Credits("6").To("CT", ("PC", "1.0"), ("S", "2.0"), ("IP", "3.0")),
                ActivityBuilder.Code("A2").Credits("8").To("CT", ("P", "7.5")),
                ActivityBuilder.Code("A3").Credits("4").To("CT", ("S", "4.0")))
            .Completed("A1", "2025-03-01")
            .Completed("A2", "2026-01-10")
            .Completed("A2", "2026-02-01")
            .Completed("A3", "2023-01-05")
            .Completed("X9", "2026-01-01")
            .Evaluate();

    [Fact]
    public void Evaluate_WorkedExampleCt_Counts13Point5AndFallsShortBy2Point5()
    {
        Assert.Equal(Credits.Parse("13.5"), Result.CountedCredits);
        Assert.False(Result.Fulfilled);
        var total = Result.Rules[0];
        Assert.Equal(RuleKind.TotalCredits, total.Rule.Kind);
        Assert.Equal(Credits.Parse("13.5"), total.Earned);
        Assert.Equal(Credits.Parse("2.5"), total.Remaining);
        Assert.False(total.Satisfied);
        Assert.Equal(["A1", "A2"], Result.CountedActivityCodes);
    }

    [Fact]
    public void Evaluate_WorkedExampleCt_EveryMajorCategoryHasItsCredit()
    {
        var majors = Result.Rules.Skip(1).Select(r => $"{r.Rule.CategoryCode} {r.Earned} {r.Satisfied}");

        Assert.Equal(["PC 1.00 True", "S 2.00 True", "IP 3.00 True", "P 7.50 True"], majors);
    }

    [Fact]
    public void Evaluate_WorkedExampleCt_IgnoresDuplicateOutsideWindowAndUnknown()
    {
        Assert.Equal(
            "counted 13.50 [A1,A2]; ignored [A2 2026-02-01 Duplicate, A3 2023-01-05 OutsideWindow, X9 2026-01-01 UnknownActivity]",
            ResultText.Summary(Result));
        Assert.Equal("Completed 2023-01-05, before the window 2024-06-30 – 2026-06-30.", Result.Ignored[1].Detail);
    }

    [Fact]
    public void Evaluate_WorkedExampleCt_ExplainsTotalByContributions()
    {
        var contributions = Result.Rules[0].Contributions.Select(c => $"{c.ActivityCode} {c.CategoryCode} {c.Credits}");

        Assert.Equal(["A1 IP 3.00", "A1 PC 1.00", "A1 S 2.00", "A2 P 7.50"], contributions);
        Assert.Null(Result.Rules[0].Detail);
    }
}
