namespace CeGraph.Api.GraphQL.Common;

/// <summary>Sort direction.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
