using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>A distribution of a pending activity; lines are (category id, hundredths) in the order given.</summary>
public sealed record PendingDistribution(int DisciplineId, OutlineKind Kind, int OutlineId, IReadOnlyList<(int CategoryId, long Hundredths)> Lines);
