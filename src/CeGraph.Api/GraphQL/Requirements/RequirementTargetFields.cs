using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.WriteRules;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>The fields <c>evaluateRequirement</c> and <c>planFulfillment</c> share.</summary>
public static class RequirementTargetFields
{
    public static void Add<T>(InputObjectGraphType<T> type)
        where T : EvaluateRequirementInput
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<IdGraphType>("requirementId").Description("A requirement's global id (e.g. a discipline's seeded structured-education requirement).");
        type.Field<PrescriptionInputGraphType>("prescription").Description("An inline CQR prescription, instead of `requirementId`.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompletionInputGraphType>>>>("completions")
            .Description($"The completed activities, in any order (at most {ListSizeRule.MaxCompletions}).");
        type.Field<IsoDateGraphType>("asOf").Description("The evaluation date (for structured education, the application date); default: today (UTC).");
    }
}
