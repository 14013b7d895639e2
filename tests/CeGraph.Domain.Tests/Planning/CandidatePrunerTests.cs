using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>The pruning keeps what an optimal plan may need and drops what it provably does not.</summary>
public sealed class CandidatePrunerTests
{
    private static readonly RequirementSpec Cqr =
        Requirements.CqrPrescription(TestOutlines.CtCqr(), "2026-01-01", "2026-12-31", ("PC.1", "2"), ("IP.2", "1"));

    private static PlanSearch Search(PlanObjective objective, params ActivityBuilder[] catalog)
    {
        var current = Scenario.For(Cqr, "2026-06-30").Input;
        return new PlanSearch([200, 100], CandidateBuilder.Build(current, [.. catalog.Select(a => a.Build())]), objective, null, []);
    }

    private static ActivityBuilder Cq(string code, string credits, params (string Category, string Credits)[] lines) =>
        ActivityBuilder.Code(code).Credits(credits).To("CT", OutlineKind.CqrSsa, "current", lines);

    private static string[] Kept(PlanSearch search, int sizeBound, long? costBound = null, int poolCap = 100) =>
        [.. CandidatePruner.Prune(search, sizeBound, costBound, poolCap, []).Kept.Select(i => search.Candidates[i].Code)];

    [Fact]
    public void Dropped_WhenEnoughCheaperCandidatesAddAtLeastAsMuchEverywhere()
    {
        var search = Search(PlanObjective.MinCredits,
            Cq("A", "2", ("PC.1", "2")),
            Cq("B", "2", ("PC.1", "2")),
            Cq("C", "3", ("PC.1", "1.5")),
            Cq("D", "1", ("IP.2", "1")),
            Cq("NONE", "1", ("S.1", "1")));

        // With plans of at most one activity, C is dominated once (by A) and so dropped; so is B (equal to the earlier A).
        Assert.Equal(["D", "A"], Kept(search, sizeBound: 1));

        // With plans of two, C still has two dominators (A and B); B has only one (A) and stays.
        Assert.Equal(["D", "A", "B"], Kept(search, sizeBound: 2));

        // With three, every useful candidate stays; NONE never does.
        Assert.Equal(["D", "A", "B", "C"], Kept(search, sizeBound: 3));
    }

    [Fact]
    public void Contributions_AreCappedAtTheDeficit_SoABiggerLineDoesNotProtectACostlierCandidate()
    {
        var search = Search(PlanObjective.MinCredits, Cq("CHEAP", "2", ("PC.1", "2")), Cq("HUGE", "9", ("PC.1", "9")));

        Assert.Equal(["CHEAP"], Kept(search, sizeBound: 1));
        Assert.Equal(["CHEAP"], Kept(search, sizeBound: 5, costBound: 500));
    }

    [Fact]
    public void TheHeuristicCap_KeepsTheIncumbent_AndSaysItIsNotExact()
    {
        var search = Search(PlanObjective.MinCredits,
            Cq("P1", "2", ("PC.1", "2")), Cq("P2", "2.25", ("PC.1", "2")), Cq("I1", "1", ("IP.2", "1")), Cq("I2", "1.25", ("IP.2", "1")), Cq("X", "5", ("PC.1", "2"), ("IP.2", "1")));

        var (kept, exact) = CandidatePruner.Prune(search, 5, null, 3, [4]);

        Assert.False(exact);
        Assert.Contains(4, kept);
        Assert.True(kept.Count < 5);
    }

    [Fact]
    public void CreditsLowerBound_IsTightWhenEveryCreditIsUseful()
    {
        var search = Search(PlanObjective.MinCredits, Cq("A", "2", ("PC.1", "2")), Cq("B", "1.5", ("PC.1", "1"), ("S.1", "0.5")), Cq("D", "1", ("IP.2", "1")));

        Assert.Equal(300, PlanBounds.CreditsLowerBound(search));
        Assert.Equal(new PlanBounds(2, 300), PlanBounds.From(search, [0, 2]));
    }
}
