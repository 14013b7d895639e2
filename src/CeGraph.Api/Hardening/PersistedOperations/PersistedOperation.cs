namespace CeGraph.Api.Hardening.PersistedOperations;

/// <summary>One persisted operation: its file name (without <c>.graphql</c>), the SHA-256 of its text, and the text.</summary>
public sealed record PersistedOperation(string Name, string Hash, string Text)
{
    public string DocumentId => $"{PersistedOperationStore.Prefix}:{Hash}";
}
