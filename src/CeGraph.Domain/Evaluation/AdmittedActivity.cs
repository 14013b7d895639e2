namespace CeGraph.Domain.Evaluation;

/// <summary>An activity the screen admitted, with the one distribution that counts for the requirement.</summary>
internal readonly record struct AdmittedActivity(string Code, DistributionFact Distribution);
