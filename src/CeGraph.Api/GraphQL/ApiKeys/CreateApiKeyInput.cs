using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class CreateApiKeyInput
{
    public string Name { get; set; } = string.Empty;

    public ApiRole Role { get; set; }

    public string? SponsorCode { get; set; }
}
