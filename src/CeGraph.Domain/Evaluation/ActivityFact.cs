namespace CeGraph.Domain.Evaluation;

/// <summary>What the engine needs to know of an activity: its status, expiry and credit distributions.</summary>
public sealed record ActivityFact(
    string Code,
    Credits Credits,
    ActivityStatus Status,
    DateOnly? ExpiresOn,
    IReadOnlyList<DistributionFact> Distributions);

/// <summary>An activity's credit distribution for one discipline, against one version of one outline kind.</summary>
public sealed record DistributionFact(
    string DisciplineCode,
    OutlineKind Kind,
    string OutlineVersion,
    IReadOnlyList<LineFact> Lines);

/// <summary>One line of a distribution: credits assigned to the category with this code.</summary>
public sealed record LineFact(string CategoryCode, Credits Credits);
