using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class EvaluateRequirementInputGraphType : InputObjectGraphType<EvaluateRequirementInput>
{
    public EvaluateRequirementInputGraphType()
    {
        Name = "EvaluateRequirementInput";
        Description = "What to evaluate: a stored requirement (`requirementId`) or an inline `prescription` — exactly one — against completed activities.";
        RequirementTargetFields.Add(this);
    }
}
