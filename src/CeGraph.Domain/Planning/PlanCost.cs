namespace CeGraph.Domain.Planning;

/// <summary>A plan's objective value: total credits and activity count, ordered as <paramref name="Objective"/> says.</summary>
public readonly record struct PlanCost(PlanObjective Objective, Credits Credits, int Activities) : IComparable<PlanCost>
{
    public int CompareTo(PlanCost other)
    {
        var byCredits = Credits.CompareTo(other.Credits);
        var byCount = Activities.CompareTo(other.Activities);
        return Objective == PlanObjective.MinActivities
            ? (byCount != 0 ? byCount : byCredits)
            : (byCredits != 0 ? byCredits : byCount);
    }

    public static bool operator <(PlanCost left, PlanCost right) => left.CompareTo(right) < 0;

    public static bool operator >(PlanCost left, PlanCost right) => left.CompareTo(right) > 0;

    public static bool operator <=(PlanCost left, PlanCost right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PlanCost left, PlanCost right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Credits} credits in {Activities} activities";
}
