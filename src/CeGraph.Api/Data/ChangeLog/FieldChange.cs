namespace CeGraph.Api.Data.ChangeLog;

/// <summary>One field of an entity that a change set: its name and its values before and after (null when absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
