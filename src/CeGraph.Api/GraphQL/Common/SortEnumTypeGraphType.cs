namespace CeGraph.Api.GraphQL.Common;

public sealed class SortEnumTypeGraphType() : DescribedEnumGraphType<SortDirection>("SortEnumType", "A sort direction.", new Dictionary<SortDirection, string>
{
    [SortDirection.Asc] = "Ascending: smallest, earliest or alphabetically first first.",
    [SortDirection.Desc] = "Descending: largest, latest or alphabetically last first.",
});
