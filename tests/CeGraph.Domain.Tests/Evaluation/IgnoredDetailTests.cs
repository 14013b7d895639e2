using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>Every ignored completion explains itself in a sentence.</summary>
public sealed class IgnoredDetailTests
{
    private static readonly Scenario Catalog =
        Scenario.For(Requirements.StructuredEducation(TestOutlines.CtStructuredEducation()), "2026-06-30")
            .With(
                ActivityBuilder.Code("A1").To("CT", ("PC", "1.0")),
                ActivityBuilder.Code("EXP").ExpiresOn("2026-01-09").To("CT", ("PC", "1.0")),
                ActivityBuilder.Code("REJ").Rejected().To("CT", ("PC", "1.0")),
                ActivityBuilder.Code("SUB").Credits("2").Submitted(),
                ActivityBuilder.Code("NODIST").Credits("2"),
                ActivityBuilder.Code("MR").To("MR", ("PC", "1.0")));

    [Theory]
    [InlineData("X9", "2026-01-01", "No activity has the code X9.")]
    [InlineData("REJ", "2026-01-01", "Activity REJ has no published credit distribution (not distributed yet, or rejected).")]
    [InlineData("SUB", "2026-01-01", "Activity SUB has no published credit distribution (not distributed yet, or rejected).")]
    [InlineData("NODIST", "2026-01-01", "Activity NODIST has no published credit distribution (not distributed yet, or rejected).")]
    [InlineData("MR", "2026-01-01", "Activity MR has no credits distributed to CT structured education.")]
    [InlineData("A1", "2024-06-29", "Completed 2024-06-29, before the window 2024-06-30 – 2026-06-30.")]
    [InlineData("A1", "2026-07-01", "Completed 2026-07-01, after the window 2024-06-30 – 2026-06-30.")]
    [InlineData("EXP", "2026-01-10", "Completed 2026-01-10, after the activity's approval expired on 2026-01-09.")]
    public void Evaluate_IgnoredCompletion_CarriesSentence(string code, string on, string detail)
    {
        var result = Catalog.Completed(code, on).Evaluate();

        Assert.Equal(detail, Assert.Single(result.Ignored).Detail);
    }

    [Fact]
    public void Evaluate_SecondCompletionOfSameActivity_NamesTheCountedOne()
    {
        var result = Catalog.Completed("A1", "2026-03-01").Completed("A1", "2025-03-01").Evaluate();

        var ignored = Assert.Single(result.Ignored);
        Assert.Equal(new DateOnly(2026, 3, 1), ignored.CompletedOn);
        Assert.Equal("Activity A1 already counted from its completion on 2025-03-01; an activity counts once.", ignored.Detail);
    }
}
