namespace CeGraph.Domain;

/// <summary>Where an activity is in review.</summary>
public enum ActivityStatus
{
    Submitted,
    Distributed,
    Rejected,
}
