using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;
using CeGraph.Domain.Tests.Builders;
using CsCheck;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>
/// CsCheck generators of whole evaluation inputs over the CT structured-education outline: up to ten activities of every
/// status, distributions to CT and MR of several kinds and versions (with lines in and out of the outline), random
/// rules and windows, and completions that name known and unknown activities on dates around the window.
/// </summary>
public static class EvaluationGen
{
    private static readonly OutlineTree Outline = TestOutlines.CtStructuredEducation();

    private static readonly string[] LineCodes = [.. Outline.Categories.Select(c => c.Code), "IP.9", "ZZ"];

    private static readonly string[] ActivityCodes = ["A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"];

    private static readonly Gen<Credits> Quarters = Gen.Int[0, 40].Select(q => new Credits(q * 25L));

    private static readonly Gen<DateOnly> Dates = Gen.DateOnly[Day.Of("2023-06-01"), Day.Of("2027-01-31")];

    private static readonly Gen<LineFact> Line = Gen.Select(Gen.OneOf(LineCodes), Quarters, (code, credits) => new LineFact(code, credits));

    private static readonly Gen<DistributionFact> Distribution = Gen.Select(
        Gen.Frequency([(8, "CT"), (1, "MR")]),
        Gen.Frequency([(8, OutlineKind.StructuredEducation), (1, OutlineKind.Examination)]),
        Gen.OneOf(["2024-01", "2022-01"]),
        Line.Array[0, 4],
        (discipline, kind, version, lines) => new DistributionFact(discipline, kind, version, lines));

    private static readonly Gen<ActivityFact> Activity = Gen.Select(
        Gen.Frequency([(12, ActivityStatus.Distributed), (1, ActivityStatus.Rejected), (1, ActivityStatus.Submitted)]),
        Gen.Nullable(Dates, 0.7),
        Gen.Int[0, 9],
        Distribution.Array[1, 2],
        (status, expiresOn, none, distributions) => new ActivityFact("?", Credits.Zero, status, expiresOn, none == 0 ? [] : distributions));

    private static readonly Gen<IReadOnlyDictionary<string, ActivityFact>> Activities =
        Gen.Select(Activity.Array[10], Gen.Int[0, 9].Select(i => i < 8).Array[10], (activities, present) =>
            (IReadOnlyDictionary<string, ActivityFact>)activities
                .Select((a, i) => a with { Code = ActivityCodes[i] })
                .Where((_, i) => present[i])
                .ToDictionary(a => a.Code, StringComparer.Ordinal));

    public static readonly Gen<CompletionFact> Completion = Gen.Select(
        Gen.OneOf<string>([.. ActivityCodes, "X9"]), Dates, (code, on) => new CompletionFact(code, on));

    private static readonly Gen<RuleSpec> Rule = Gen.Select(
        Gen.Int[-4, LineCodes.Length - 1].Select(i => i < 0 ? null : LineCodes[i]),
        Quarters,
        (category, required) => category is null
            ? new RuleSpec(RuleKind.TotalCredits, null, required)
            : new RuleSpec(RuleKind.MinCreditsInCategory, category, required));

    private static readonly Gen<CompletionWindow> Window = Gen.OneOf<CompletionWindow>(
    [
        Gen.Const(CompletionWindow.Trailing(24)),
        Gen.Int[1, 36].Select(CompletionWindow.Trailing),
        Gen.Select(Dates, Gen.Int[0, 400], (start, days) => CompletionWindow.Between(start, start.AddDays(days))),
    ]);

    public static readonly Gen<EvaluationInput> Input = Gen.Select(
        Rule.Array[0, 6],
        Window,
        Completion.Array[0, 20],
        Activities,
        Gen.DateOnly[Day.Of("2025-06-01"), Day.Of("2026-12-31")],
        (rules, window, completions, activities, asOf) => new EvaluationInput(
            new RequirementSpec(RequirementKind.StructuredEducation, Outline, rules, window), completions, activities, asOf));
}
