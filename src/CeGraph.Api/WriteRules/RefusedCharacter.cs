namespace CeGraph.Api.WriteRules;

/// <summary>A character <see cref="TextCharacters"/> refuses: where it stands (UTF-16 index) and how to name it in an error.</summary>
public sealed record RefusedCharacter(int Index, string Name);
