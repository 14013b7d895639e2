namespace CeGraph.Domain.Planning;

/// <summary>What one planned activity adds to rule <paramref name="RuleIndex"/> (zero-based), as the engine would count it.</summary>
public sealed record RuleHelp(int RuleIndex, Credits Credits);
