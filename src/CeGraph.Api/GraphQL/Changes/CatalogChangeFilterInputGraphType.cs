using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Changes;

public sealed class CatalogChangeFilterInputGraphType : InputObjectGraphType
{
    public CatalogChangeFilterInputGraphType()
    {
        Name = "CatalogChangeFilterInput";
        Description = "Which change-log entries to return; every given list must match (an empty or missing list matches all).";
        Field<ListGraphType<NonNullGraphType<CatalogChangeKindGraphType>>>("kinds").Description("Only these kinds.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("disciplineCodes")
            .Description("Only entries touching one of these disciplines (at most 100; entries without a discipline, such as a new submission, never match).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sponsorCodes")
            .Description("Only entries about activities of one of these sponsors (at most 100; outline and requirement entries never match).");
    }
}
