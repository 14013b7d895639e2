using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityStatusGraphType() : DescribedEnumGraphType<ActivityStatus>("ActivityStatus", "Where an activity is in review.", new Dictionary<ActivityStatus, string>
{
    [ActivityStatus.Submitted] = "Submitted by its sponsor; no credit distribution assigned yet.",
    [ActivityStatus.Distributed] = "A reviewer assigned at least one credit distribution; it can count toward requirements.",
    [ActivityStatus.Rejected] = "A reviewer rejected it; it never counts toward requirements.",
});
