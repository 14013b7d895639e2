using CeGraph.Api.GraphQL.Activities;
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

public sealed class ActivityStatusOperationFilterInputGraphType : InputObjectGraphType
{
    public ActivityStatusOperationFilterInputGraphType()
    {
        Name = "ActivityStatusOperationFilterInput";
        Description = "Conditions on an activity status; all given conditions must hold.";
        Field<ActivityStatusGraphType>("eq").Description("Equal to.");
        Field<ActivityStatusGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<ActivityStatusGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<ActivityStatusGraphType>>>("nin").Description("None of these.");
    }
}

public sealed class CeCategoryOperationFilterInputGraphType : InputObjectGraphType
{
    public CeCategoryOperationFilterInputGraphType()
    {
        Name = "CeCategoryOperationFilterInput";
        Description = "Conditions on a CE category; all given conditions must hold.";
        Field<CeCategoryGraphType>("eq").Description("Equal to.");
        Field<CeCategoryGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<CeCategoryGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<CeCategoryGraphType>>>("nin").Description("None of these.");
    }
}
