using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class CeCategoryGraphType() : DescribedEnumGraphType<CeCategory>("CeCategory", "The ARRT CE category an activity is approved in.", new Dictionary<CeCategory, string>
{
    [CeCategory.A] = "Category A: approved by a recognized CE evaluation mechanism (RCEEM or RCEEM+).",
    [CeCategory.APlus] = "Category A+: approved by an RCEEM+.",
});
