namespace CeGraph.Api.GraphQL.Requirements;

public class EvaluateRequirementInput
{
    public string? RequirementId { get; set; }

    public PrescriptionInput? Prescription { get; set; }

    public List<CompletionInput> Completions { get; set; } = [];

    public DateOnly? AsOf { get; set; }
}
