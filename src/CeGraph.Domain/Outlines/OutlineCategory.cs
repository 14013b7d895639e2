namespace CeGraph.Domain.Outlines;

/// <summary>One category of an outline version: its code is stable across versions of the same outline.</summary>
public sealed record OutlineCategory(string Code, string Name, string? ParentCode, int Level);
