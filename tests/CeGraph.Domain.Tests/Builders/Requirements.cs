using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>The requirements of the semantics table, built over any outline.</summary>
public static class Requirements
{
    /// <summary>TOTAL_CREDITS ≥ 16 and MIN_CREDITS_IN_CATEGORY ≥ 1 for every major category, within 24 months.</summary>
    public static RequirementSpec StructuredEducation(OutlineTree outline)
    {
        var rules = new List<RuleSpec> { Total("16") };
        rules.AddRange(outline.MajorCategories.Select(c => Min(c.Code, "1")));
        return new RequirementSpec(RequirementKind.StructuredEducation, outline, rules, CompletionWindow.Trailing(24));
    }

    /// <summary>MIN_CREDITS_IN_CATEGORY for each prescribed subcategory, from <paramref name="issuedOn"/> to <paramref name="dueOn"/>.</summary>
    public static RequirementSpec CqrPrescription(
        OutlineTree outline, string issuedOn, string dueOn, params (string Category, string Credits)[] prescribed) =>
        new(
            RequirementKind.CqrPrescription,
            outline,
            prescribed.Select(p => Min(p.Category, p.Credits)).ToArray(),
            CompletionWindow.Between(Day.Of(issuedOn), Day.Of(dueOn)));

    public static RuleSpec Total(string credits) => new(RuleKind.TotalCredits, null, Credits.Parse(credits));

    public static RuleSpec Min(string category, string credits) => new(RuleKind.MinCreditsInCategory, category, Credits.Parse(credits));
}
