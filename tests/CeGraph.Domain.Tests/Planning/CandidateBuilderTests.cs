using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>Which activities a plan may add, and what each adds to every rule.</summary>
public sealed class CandidateBuilderTests
{
    private static readonly RequirementSpec Se = Requirements.StructuredEducation(TestOutlines.CtStructuredEducation());

    private static IReadOnlyList<PlanCandidate> Build(EvaluationInput current, params ActivityBuilder[] catalog) =>
        CandidateBuilder.Build(current, [.. catalog.Select(a => a.Build())]);

    [Fact]
    public void OnlyDistributedTargetedUnexpiredActivities_NotAmongTheCompletions_AreCandidates()
    {
        var current = Scenario.For(Se, "2026-06-30").Completed("DONE", "2020-01-01").Completed("SEEN", "2026-01-01").Input;

        var candidates = Build(
            current,
            ActivityBuilder.Code("OK").To("CT", ("PC", "1")),
            ActivityBuilder.Code("LASTDAY").To("CT", ("PC", "1")).ExpiresOn("2026-06-30"),
            ActivityBuilder.Code("EXPIRED").To("CT", ("PC", "1")).ExpiresOn("2026-06-29"),
            ActivityBuilder.Code("REJECTED").To("CT", ("PC", "1")).Rejected(),
            ActivityBuilder.Code("SUBMITTED").Credits("1").Submitted(),
            ActivityBuilder.Code("MR").To("MR", ("PC", "1")),
            ActivityBuilder.Code("CQR").To("CT", OutlineKind.CqrSsa, "current", ("PC.1", "1")),
            ActivityBuilder.Code("DONE").To("CT", ("PC", "1")),
            ActivityBuilder.Code("SEEN").To("CT", ("PC", "1")),
            ActivityBuilder.Code("OK").To("CT", ("S", "1")));

        Assert.Equal(["OK", "LASTDAY"], candidates.Select(c => c.Code));
        Assert.Equal(100, candidates[0].Contribution(1)); // the first OK, with its PC line
    }

    [Fact]
    public void Contributions_FollowTheEngine_TopicsCountUpward_UnknownCodesCountForTheTotalOnly()
    {
        var candidate = Assert.Single(Build(
            Scenario.For(Se, "2026-06-30").Input,
            ActivityBuilder.Code("A").Credits("6").To("CT", ("IP.1.2", "1.5"), ("IP", "0.5"), ("IP.9", "2"), ("PC.1", "1"))));

        // Rules: TOTAL, PC, S, IP, P.
        Assert.Equal([500, 100, 0, 200, 0], Enumerable.Range(0, 5).Select(candidate.Contribution));
        Assert.Equal(Credits.Parse("5"), candidate.Distributed);
        Assert.Equal(600, candidate.Cost);
    }
}
