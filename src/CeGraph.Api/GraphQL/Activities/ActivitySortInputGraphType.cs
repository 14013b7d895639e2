using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivitySortInputGraphType : InputObjectGraphType
{
    public ActivitySortInputGraphType()
    {
        Name = "ActivitySortInput";
        Description = "One sort key; give exactly one field per list element. Ties are always broken by the activity's id, ascending.";
        Field<SortEnumTypeGraphType>("title").Description("By title (ordinal).");
        Field<SortEnumTypeGraphType>("credits").Description("By credits.");
        Field<SortEnumTypeGraphType>("approvedOn").Description("By approval date.");
        Field<SortEnumTypeGraphType>("updatedAt").Description("By when the activity or one of its distributions last changed.");
        Field<SortEnumTypeGraphType>("code").Description("By activity code (ordinal).");
    }
}
