using CeGraph.Api.Cli.Dataset;

namespace CeGraph.Api.Cli.Import;

/// <summary>A category of outlines.json with its place in the tree: level (1 = major), document order and parent code.</summary>
public sealed record FlatCategory(CategoryRecord Record, int Level, int Ordinal, string? ParentCode);
