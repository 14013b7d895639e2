using System.Collections.Frozen;

namespace CeGraph.Api.Cli.Import;

/// <summary>An outline version's ids and its category ids by code.</summary>
public sealed record OutlineLookup(int Id, int DisciplineId, FrozenDictionary<string, int> CategoryIds);
