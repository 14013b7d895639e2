using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class DecimalOperationFilterInputGraphType : InputObjectGraphType
{
    public DecimalOperationFilterInputGraphType()
    {
        Name = "DecimalOperationFilterInput";
        Description = "Conditions on an exact decimal field; all given conditions must hold.";
        Field<DecimalGraphType>("eq").Description("Equal to.");
        Field<DecimalGraphType>("neq").Description("Not equal to.");
        Field<DecimalGraphType>("gt").Description("Greater than.");
        Field<DecimalGraphType>("gte").Description("Greater than or equal to.");
        Field<DecimalGraphType>("lt").Description("Less than.");
        Field<DecimalGraphType>("lte").Description("Less than or equal to.");
    }
}
