using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class IgnoredReasonGraphType() : DescribedEnumGraphType<IgnoredReason>("IgnoredReason", "Why a completion did not count.", new Dictionary<IgnoredReason, string>
{
    [IgnoredReason.UnknownActivity] = "No activity has that code.",
    [IgnoredReason.Duplicate] = "The same activity was already counted in this evaluation (an activity counts once, whatever the dates).",
    [IgnoredReason.NotTargeted] = "The activity has distributions, but none for this requirement's discipline and outline kind.",
    [IgnoredReason.OutsideWindow] = "It was completed outside the requirement's window.",
    [IgnoredReason.Expired] = "It was completed after the activity's approval expired.",
    [IgnoredReason.NotDistributed] = "The activity has no credit distribution yet, or was rejected.",
});
