using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

public sealed class StringOperationFilterInputGraphType : InputObjectGraphType
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all given conditions must hold. `contains`/`ncontains`/`startsWith` ignore case, the others are exact.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<StringGraphType>("contains").Description("Contains the text (case-insensitive).");
        Field<StringGraphType>("ncontains").Description("Does not contain the text (case-insensitive).");
        Field<StringGraphType>("startsWith").Description("Starts with the text (case-insensitive).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these (at most 100).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("Equal to none of these (at most 100).");
    }
}
