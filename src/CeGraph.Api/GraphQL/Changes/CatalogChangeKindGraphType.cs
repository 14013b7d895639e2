using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Changes;

public sealed class CatalogChangeKindGraphType() : DescribedEnumGraphType<CatalogChangeKind>("CatalogChangeKind", "What a change-log entry records.", new Dictionary<CatalogChangeKind, string>
{
    [CatalogChangeKind.ActivitySubmitted] = "A sponsor submitted a new activity (entity: the Activity).",
    [CatalogChangeKind.DistributionAssigned] = "A reviewer assigned or replaced a credit distribution (entity: the CreditDistribution; `changes` has the total before and after).",
    [CatalogChangeKind.ActivityRejected] = "A reviewer rejected an activity (entity: the Activity).",
    [CatalogChangeKind.ActivityImported] = "An import added an activity or changed it (entity: the Activity; `changes` lists what differed).",
    [CatalogChangeKind.OutlinePublished] = "A new content outline version was published (entity: the ContentOutline).",
    [CatalogChangeKind.RequirementIssued] = "A requirement was issued, e.g. a CQR prescription (entity: the Requirement).",
});
