using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class DateOperationFilterInputGraphType : InputObjectGraphType
{
    public DateOperationFilterInputGraphType()
    {
        Name = "DateOperationFilterInput";
        Description = "Conditions on a date field; all given conditions must hold.";
        Field<IsoDateGraphType>("eq").Description("On this day.");
        Field<IsoDateGraphType>("neq").Description("Not on this day.");
        Field<IsoDateGraphType>("gt").Description("After this day.");
        Field<IsoDateGraphType>("gte").Description("On or after this day.");
        Field<IsoDateGraphType>("lt").Description("Before this day.");
        Field<IsoDateGraphType>("lte").Description("On or before this day.");
    }
}
