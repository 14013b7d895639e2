namespace CeGraph.Domain.Planning;

/// <summary>
/// Why no plan exists, for one rule (<paramref name="RuleIndex"/>, zero-based in the requirement's order): it requires
/// <paramref name="Required"/>, the completions earn <paramref name="Earned"/>, and at most <paramref name="Attainable"/> can be
/// reached by adding eligible activities (all of them, or at most <c>maxActivities</c> for
/// <see cref="ShortfallReason.MaxActivities"/>), <paramref name="ShortBy"/> short. <paramref name="MinimumActivities"/> is, for
/// <see cref="ShortfallReason.MaxActivities"/>, how many activities the rule (or the rules together) needs at least.
/// A shortfall of the rules together (each could be met alone within the bound, but not all at once) has no rule and no amounts.
/// </summary>
public sealed record RuleShortfall(
    int? RuleIndex,
    ShortfallReason Reason,
    Credits? Required,
    Credits? Earned,
    Credits? Attainable,
    Credits? ShortBy,
    int? MinimumActivities,
    string Message);
