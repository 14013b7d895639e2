namespace CeGraph.Domain.Evaluation;

/// <summary>What is wrong with a requirement definition, as <see cref="RequirementValidator"/> reports it.</summary>
public enum SpecProblemKind
{
    /// <summary>A MIN_CREDITS_IN_CATEGORY rule names a category that is not in the requirement's outline version.</summary>
    UnknownCategory,

    /// <summary>A MIN_CREDITS_IN_CATEGORY rule names no category.</summary>
    MissingCategory,

    /// <summary>A TOTAL_CREDITS rule names a category; it counts every category.</summary>
    UnexpectedCategory,

    /// <summary>A rule requires zero or negative credits.</summary>
    NonPositiveCredits,

    /// <summary>A rule's kind is not one the engine knows.</summary>
    UnknownRuleKind,

    /// <summary>The completion window is empty or ambiguous.</summary>
    InvalidWindow,
}
