namespace CeGraph.Domain;

/// <summary>Why a completion did not count, in the order the screen checks them.</summary>
public enum IgnoredReason
{
    UnknownActivity,
    Duplicate,
    NotDistributed,
    NotTargeted,
    OutsideWindow,
    Expired,
}
