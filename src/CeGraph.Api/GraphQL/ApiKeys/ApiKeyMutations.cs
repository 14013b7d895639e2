using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class ApiKeyMutations(ApiKeyHandlers handlers) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreateApiKeyPayloadGraphType>>("createApiKey")
            .Description("Creates an API key (ADMIN). The secret is in this response only; store it safely.")
            .Argument<NonNullGraphType<CreateApiKeyInputGraphType>>("input", "The key to create.")
            .ResolveAsync(async ctx =>
            {
                ctx.Require(ApiRole.Admin);
                return await handlers.CreateAsync(ctx.GetArgument<CreateApiKeyInput>("input"), ctx.CancellationToken);
            });
        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadGraphType>>("revokeApiKey")
            .Description("Revokes an API key (ADMIN); it stops working at once. Revoking a revoked key changes nothing.")
            .Argument<NonNullGraphType<RevokeApiKeyInputGraphType>>("input", "The key to revoke.")
            .ResolveAsync(async ctx =>
            {
                ctx.Require(ApiRole.Admin);
                return await handlers.RevokeAsync(ctx.GetArgument<RevokeApiKeyInput>("input"), ctx.CancellationToken);
            });
    }
}
