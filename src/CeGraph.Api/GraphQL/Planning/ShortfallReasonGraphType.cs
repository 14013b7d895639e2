using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class ShortfallReasonGraphType() : DescribedEnumGraphType<ShortfallReason>("ShortfallReason", "Why a rule cannot be met by a plan.", new Dictionary<ShortfallReason, string>
{
    [ShortfallReason.NotEnoughEligibleCredits] = "Even every eligible activity added together does not earn the rule's credits.",
    [ShortfallReason.OutsideWindow] = "`asOf` lies outside the requirement's window, so no activity completed on it would count.",
    [ShortfallReason.MaxActivities] = "The rule (or, when `rule` is null, the rules together) cannot be met with at most `maxActivities` added activities.",
});
