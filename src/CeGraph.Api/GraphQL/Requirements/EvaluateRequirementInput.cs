using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.WriteRules;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public class EvaluateRequirementInput
{
    public string? RequirementId { get; set; }

    public PrescriptionInput? Prescription { get; set; }

    public List<CompletionInput> Completions { get; set; } = [];

    public DateOnly? AsOf { get; set; }
}

public sealed class CompletionInput
{
    public string ActivityCode { get; set; } = string.Empty;

    public DateOnly CompletedOn { get; set; }
}

public sealed class EvaluateRequirementInputGraphType : InputObjectGraphType<EvaluateRequirementInput>
{
    public EvaluateRequirementInputGraphType()
    {
        Name = "EvaluateRequirementInput";
        Description = "What to evaluate: a stored requirement (`requirementId`) or an inline `prescription` — exactly one — against completed activities.";
        RequirementTargetFields.Add(this);
    }
}

public sealed class CompletionInputGraphType : InputObjectGraphType<CompletionInput>
{
    public CompletionInputGraphType()
    {
        Name = "CompletionInput";
        Description = "A completed activity.";
        Field(x => x.ActivityCode).Description("The activity's code.");
        Field<NonNullGraphType<IsoDateGraphType>>("completedOn").Description("The day the learner completed it.");
    }
}

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
