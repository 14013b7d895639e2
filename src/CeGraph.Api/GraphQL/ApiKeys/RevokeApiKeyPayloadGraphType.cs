using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class RevokeApiKeyPayloadGraphType : ObjectGraphType<Payload<ApiKey>>
{
    public RevokeApiKeyPayloadGraphType()
    {
        Name = "RevokeApiKeyPayload";
        Description = "The result of `revokeApiKey`.";
        this.AddPayloadFields<ApiKey, ApiKeyGraphType>("apiKey", "The revoked key.");
    }
}
