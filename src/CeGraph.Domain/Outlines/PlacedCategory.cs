namespace CeGraph.Domain.Outlines;

/// <summary>A category of a nested document with its place in the tree: level (1 = major), position in document order, parent.</summary>
public sealed record PlacedCategory<T>(T Category, int Level, int Ordinal, T? Parent)
    where T : class;
