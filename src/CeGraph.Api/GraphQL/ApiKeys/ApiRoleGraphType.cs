using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class ApiRoleGraphType() : DescribedEnumGraphType<ApiRole>("ApiRole", "What an API key may do.", new Dictionary<ApiRole, string>
{
    [ApiRole.Partner] = "A partner platform: reads, evaluates and plans requirements, and reads its own fulfillment checks.",
    [ApiRole.Sponsor] = "A CE sponsor: a partner that also submits activities for its own sponsor.",
    [ApiRole.Reviewer] = "A reviewer: a partner that also assigns credit distributions, rejects activities and issues CQR prescriptions.",
    [ApiRole.Admin] = "Everything, including managing API keys and reading any fulfillment check.",
});
