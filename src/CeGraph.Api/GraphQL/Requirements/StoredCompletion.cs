namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>A completion exactly as the caller gave it.</summary>
public sealed record StoredCompletion(string ActivityCode, DateOnly CompletedOn);
