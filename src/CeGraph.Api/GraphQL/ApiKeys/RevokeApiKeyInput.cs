namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class RevokeApiKeyInput
{
    public string Id { get; set; } = string.Empty;
}
