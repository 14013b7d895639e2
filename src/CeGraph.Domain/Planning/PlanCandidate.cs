using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>
/// An activity that may be added to a plan, with what it would add to each rule of the requirement (in the requirement's
/// rule order, in hundredths, exactly as the engine would count it): TOTAL_CREDITS takes every line of its distribution for the
/// requirement's discipline and outline kind; MIN_CREDITS_IN_CATEGORY on C the lines whose code is C or lies below C in the
/// requirement's outline version. Its cost is the activity's own credits.
/// </summary>
public sealed class PlanCandidate
{
    private readonly long[] _contributions;

    public PlanCandidate(ActivityFact activity, DistributionFact distribution, IReadOnlyList<long> contributions)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(contributions);
        Activity = activity;
        Distribution = distribution;
        _contributions = [.. contributions];
        long distributed = 0;
        for (var i = 0; i < distribution.Lines.Count; i++)
        {
            distributed = checked(distributed + distribution.Lines[i].Credits.Hundredths);
        }

        Distributed = new Credits(distributed);
    }

    public ActivityFact Activity { get; }

    /// <summary>The activity's distribution for the requirement's discipline and outline kind.</summary>
    public DistributionFact Distribution { get; }

    public string Code => Activity.Code;

    /// <summary>What adding it costs the learner: the activity's credits, in hundredths.</summary>
    public long Cost => Activity.Credits.Hundredths;

    /// <summary>The credits of its distribution (what counts toward TOTAL_CREDITS).</summary>
    public Credits Distributed { get; }

    public int RuleCount => _contributions.Length;

    /// <summary>What it adds to rule <paramref name="rule"/> (zero-based, the requirement's order), in hundredths.</summary>
    public long Contribution(int rule) => _contributions[rule];

    public override string ToString() => $"{Code} ({Activity.Credits}: {string.Join(", ", _contributions)})";
}
