using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace CeGraph.Api.GraphQL.Common;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page of a cursor connection lies in the whole result.";
        Field(p => p.HasNextPage).Description("True when more items follow the page.");
        Field(p => p.HasPreviousPage).Description("True when items precede the page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the page's first item; null for an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the page's last item; null for an empty page.");
    }
}
