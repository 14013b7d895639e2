using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Evaluation;

public sealed class RequirementValidatorTests
{
    private static readonly RequirementSpec Valid = Requirements.StructuredEducation(TestOutlines.CtStructuredEducation());

    [Fact]
    public void Validate_SeededStructuredEducationAndCqrPrescription_HaveNoProblems()
    {
        var prescription = Requirements.CqrPrescription(TestOutlines.CtCqr(), "2026-01-01", "2026-12-31", ("IP.1", "2"));

        Assert.Empty(RequirementValidator.Validate(Valid));
        Assert.Empty(RequirementValidator.Validate(prescription));
    }

    [Fact]
    public void Validate_BadRules_ReportsEachWithItsIndex()
    {
        var spec = Valid with
        {
            Rules =
            [
                Requirements.Total("16"),
                Requirements.Min("NOPE", "1"),
                new RuleSpec(RuleKind.MinCreditsInCategory, null, Credits.Parse("1")),
                new RuleSpec(RuleKind.TotalCredits, "PC", Credits.Parse("1")),
                Requirements.Min("PC", "0"),
                Requirements.Total("-1"),
                new RuleSpec((RuleKind)42, null, Credits.Parse("1")),
            ],
        };

        var problems = RequirementValidator.Validate(spec).Select(p => $"{p.RuleIndex} {p.Kind}");

        Assert.Equal(
            ["1 UnknownCategory", "2 MissingCategory", "3 UnexpectedCategory", "4 NonPositiveCredits", "5 NonPositiveCredits", "6 UnknownRuleKind"],
            problems);
    }

    [Fact]
    public void Validate_UnknownCategory_NamesCategoryAndOutline()
    {
        var spec = Valid with { Rules = [Requirements.Min("IP.7", "1")] };

        var problem = Assert.Single(RequirementValidator.Validate(spec));

        Assert.Equal("Rule 1 names category IP.7, which is not in outline version 2024-01 of CT structured education.", problem.Message);
    }

    public static TheoryData<string, CompletionWindow> BadWindows => new()
    {
        { "start after end", CompletionWindow.Between(Day.Of("2026-02-01"), Day.Of("2026-01-31")) },
        { "zero months", CompletionWindow.Trailing(0) },
        { "negative months", CompletionWindow.Trailing(-3) },
        { "months and dates", new CompletionWindow(Day.Of("2026-01-01"), null, 24) },
    };

    [Theory]
    [MemberData(nameof(BadWindows))]
    public void Validate_BadWindow_ReportsInvalidWindow(string why, CompletionWindow window)
    {
        var problem = Assert.Single(RequirementValidator.Validate(Valid with { Window = window }));

        Assert.True(problem is { Kind: SpecProblemKind.InvalidWindow, RuleIndex: null }, why);
    }

    [Fact]
    public void Validate_WindowOfOneDay_IsSane()
    {
        var oneDay = CompletionWindow.Between(Day.Of("2026-01-01"), Day.Of("2026-01-01"));

        Assert.Empty(RequirementValidator.Validate(Valid with { Window = oneDay }));
    }
}
