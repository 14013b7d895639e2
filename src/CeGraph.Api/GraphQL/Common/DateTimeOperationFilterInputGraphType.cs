using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class DateTimeOperationFilterInputGraphType : InputObjectGraphType
{
    public DateTimeOperationFilterInputGraphType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "Conditions on a point in time (ISO 8601; without an offset it is read as UTC); all given conditions must hold.";
        Field<DateTimeGraphType>("gt").Description("After this instant.");
        Field<DateTimeGraphType>("gte").Description("At or after this instant.");
        Field<DateTimeGraphType>("lt").Description("Before this instant.");
        Field<DateTimeGraphType>("lte").Description("At or before this instant.");
    }
}
