using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityFilterInputGraphType : InputObjectGraphType
{
    public ActivityFilterInputGraphType()
    {
        Name = "ActivityFilterInput";
        Description = "Which activities to return. All given fields must match; `and`/`or` combine nested filters (at most 5 levels, 50 conditions).";
        Field<ListGraphType<NonNullGraphType<ActivityFilterInputGraphType>>>("and").Description("Every one of these filters must match.");
        Field<ListGraphType<NonNullGraphType<ActivityFilterInputGraphType>>>("or").Description("At least one of these filters must match.");
        Field<StringOperationFilterInputGraphType>("code").Description("The activity code.");
        Field<StringOperationFilterInputGraphType>("title").Description("The title.");
        Field<StringOperationFilterInputGraphType>("sponsorCode").Description("The sponsor's code.");
        Field<StringOperationFilterInputGraphType>("disciplineCode")
            .Description("A discipline the activity has a credit distribution for (`eq`/`in`/text operators: any distribution matches; `neq`/`nin`: none does).");
        Field<StringOperationFilterInputGraphType>("categoryCode")
            .Description("A category code that one of the activity's distribution lines names (same any/none rules as `disciplineCode`).");
        Field<DecimalOperationFilterInputGraphType>("credits").Description("The activity's credits.");
        Field<ActivityStatusOperationFilterInputGraphType>("status").Description("The review status.");
        Field<CeCategoryOperationFilterInputGraphType>("ceCategory").Description("The CE category.");
        Field<DateOperationFilterInputGraphType>("approvedOn").Description("The approval date.");
        Field<DateTimeOperationFilterInputGraphType>("updatedAt").Description("When the activity or one of its distributions last changed.");
        Field<DateOperationFilterInputGraphType>("expiresOn").Description("The expiry date (activities without one never match a condition on it).");
    }
}
