using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class ApiKeyMutations(ApiKeyHandlers handlers) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreateApiKeyPayloadGraphType>>("createApiKey")
            .Description("Creates an API key (ADMIN). The secret is in this response only; store it safely.")
            .Argument<NonNullGraphType<CreateApiKeyInputGraphType>>(MutationResolution.InputArgument, "The key to create.")
            .ResolveMutation<CreateApiKeyInput, CreatedApiKey>(ApiRole.Admin, handlers.CreateAsync);
        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadGraphType>>("revokeApiKey")
            .Description("Revokes an API key (ADMIN); it stops working at once. Revoking a revoked key changes nothing.")
            .Argument<NonNullGraphType<RevokeApiKeyInputGraphType>>(MutationResolution.InputArgument, "The key to revoke.")
            .ResolveMutation<RevokeApiKeyInput, ApiKey>(ApiRole.Admin, handlers.RevokeAsync);
    }
}
