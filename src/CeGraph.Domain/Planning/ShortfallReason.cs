namespace CeGraph.Domain.Planning;

/// <summary>Why a rule cannot be met by a plan.</summary>
public enum ShortfallReason
{
    /// <summary>Even every eligible activity together does not add enough to the rule.</summary>
    NotEnoughEligibleCredits,

    /// <summary><c>asOf</c> lies outside the requirement's fixed window, so nothing completed on it would count.</summary>
    OutsideWindow,

    /// <summary>The rule (or, with no rule, the rules together) cannot be met with at most <c>maxActivities</c> added activities.</summary>
    MaxActivities,
}
