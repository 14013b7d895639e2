using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Evaluation;

/// <summary>A requirement as the engine sees it: the outline it is stated against, its rules and its window.</summary>
public sealed record RequirementSpec(
    RequirementKind Kind,
    OutlineTree Outline,
    IReadOnlyList<RuleSpec> Rules,
    CompletionWindow Window)
{
    public string DisciplineCode => Outline.DisciplineCode;

    public OutlineKind OutlineKind => Outline.Kind;
}
