using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>
/// A table of screening edge cases against CT structured education as of 2026-06-30 (window 2024-06-30 – 2026-06-30).
/// Each row adds completions to one catalog and states what counted and what was ignored why.
/// </summary>
public sealed class EdgeCaseTests
{
    private static readonly Scenario Catalog =
        Scenario.For(Requirements.StructuredEducation(TestOutlines.CtStructuredEducation()), "2026-06-30")
            .With(
                ActivityBuilder.Code("A1").To("CT", ("PC", "1.0"), ("S", "2.0")),
                ActivityBuilder.Code("EXP").ExpiresOn("2026-01-09").To("CT", ("PC", "1.0")),
                ActivityBuilder.Code("REJ").Rejected().To("CT", ("PC", "1.0")),
                ActivityBuilder.Code("SUB").Credits("2").Submitted(),
                ActivityBuilder.Code("NODIST").Credits("2"),
                ActivityBuilder.Code("MR").To("MR", ("PC", "1.0")),
                ActivityBuilder.Code("EXAM").To("CT", OutlineKind.Examination, "2024-01", ("PC", "1.0")));

    private static readonly (string Name, string[] Completions, string Expected)[] Cases =
    [
        ("empty completion set", [], "counted 0.00 []; ignored []"),
        ("all ignored", ["X9 2026-01-01", "REJ 2026-01-01", "MR 2026-01-01", "A1 2020-01-01"],
            "counted 0.00 []; ignored [A1 2020-01-01 OutsideWindow, MR 2026-01-01 NotTargeted, REJ 2026-01-01 NotDistributed, X9 2026-01-01 UnknownActivity]"),
        ("window start is inclusive", ["A1 2024-06-30"], "counted 3.00 [A1]; ignored []"),
        ("day before window start", ["A1 2024-06-29"], "counted 0.00 []; ignored [A1 2024-06-29 OutsideWindow]"),
        ("window end (asOf) is inclusive", ["A1 2026-06-30"], "counted 3.00 [A1]; ignored []"),
        ("day after window end", ["A1 2026-07-01"], "counted 0.00 []; ignored [A1 2026-07-01 OutsideWindow]"),
        ("expired the day before completion", ["EXP 2026-01-10"], "counted 0.00 []; ignored [EXP 2026-01-10 Expired]"),
        ("expires on the day of completion", ["EXP 2026-01-09"], "counted 1.00 [EXP]; ignored []"),
        ("distributed to another discipline", ["MR 2026-01-01"], "counted 0.00 []; ignored [MR 2026-01-01 NotTargeted]"),
        ("distributed to another outline kind", ["EXAM 2026-01-01"], "counted 0.00 []; ignored [EXAM 2026-01-01 NotTargeted]"),
        ("rejected", ["REJ 2026-01-01"], "counted 0.00 []; ignored [REJ 2026-01-01 NotDistributed]"),
        ("submitted, still in review", ["SUB 2026-01-01"], "counted 0.00 []; ignored [SUB 2026-01-01 NotDistributed]"),
        ("distributed status but no distribution", ["NODIST 2026-01-01"], "counted 0.00 []; ignored [NODIST 2026-01-01 NotDistributed]"),
        ("unknown activity", ["X9 2026-01-01"], "counted 0.00 []; ignored [X9 2026-01-01 UnknownActivity]"),
        ("same activity twice", ["A1 2025-02-01", "A1 2025-01-01"], "counted 3.00 [A1]; ignored [A1 2025-02-01 Duplicate]"),
        ("same activity on the same day twice", ["A1 2025-01-01", "A1 2025-01-01"], "counted 3.00 [A1]; ignored [A1 2025-01-01 Duplicate]"),
        ("outside window first, then inside: counts once", ["A1 2023-01-01", "A1 2025-01-01"],
            "counted 3.00 [A1]; ignored [A1 2023-01-01 OutsideWindow]"),
        ("rejected and outside window: NOT_DISTRIBUTED comes first", ["REJ 2020-01-01"],
            "counted 0.00 []; ignored [REJ 2020-01-01 NotDistributed]"),
        ("expired and outside window: OUTSIDE_WINDOW comes first", ["EXP 2026-07-01"],
            "counted 0.00 []; ignored [EXP 2026-07-01 OutsideWindow]"),
        ("unknown activity twice keeps its reason", ["X9 2026-01-01", "X9 2026-01-01"],
            "counted 0.00 []; ignored [X9 2026-01-01 UnknownActivity, X9 2026-01-01 UnknownActivity]"),
        ("codes order ordinally", ["a1 2025-01-01", "A1 2025-01-01", "B 2025-01-01"],
            "counted 3.00 [A1]; ignored [B 2025-01-01 UnknownActivity, a1 2025-01-01 UnknownActivity]"),
    ];

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Evaluate_EdgeCase_CountsAndIgnoresAsStated(string name)
    {
        var (_, completions, expected) = Cases.Single(c => c.Name == name);
        var scenario = completions
            .Select(c => c.Split(' '))
            .Aggregate(Catalog, (s, parts) => s.Completed(parts[0], parts[1]));

        Assert.Equal(expected, ResultText.Summary(scenario.Evaluate()));
    }
}
