using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>How the dataset names an outline version: discipline code, kind and version.</summary>
public readonly record struct OutlineKey(string Discipline, OutlineKind Kind, string Version);
