namespace CeGraph.Domain;

/// <summary>What one rule of a requirement counts.</summary>
public enum RuleKind
{
    TotalCredits,
    MinCreditsInCategory,
}
