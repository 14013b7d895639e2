namespace CeGraph.Domain.Evaluation;

/// <summary>
/// One problem with a requirement definition. <paramref name="RuleIndex"/> is the zero-based position of the rule at fault
/// in <see cref="RequirementSpec.Rules"/>, or null when the problem is the window.
/// </summary>
public sealed record SpecProblem(SpecProblemKind Kind, int? RuleIndex, string Message);
