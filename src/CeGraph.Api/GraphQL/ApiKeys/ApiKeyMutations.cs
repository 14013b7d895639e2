using CeGraph.Api.Data.Entities;
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

public sealed class CreateApiKeyPayloadGraphType : ObjectGraphType<Payload<CreatedApiKey>>
{
    public CreateApiKeyPayloadGraphType()
    {
        Name = "CreateApiKeyPayload";
        Description = "The result of `createApiKey`.";
        Field<ApiKeyGraphType>("apiKey").Description("The new key; null when `errors` is not empty.").Resolve(ctx => ctx.Source.Result?.ApiKey);
        Field<StringGraphType>("secret").Description("The key's secret, shown this once: send it as `Authorization: Bearer <secret>`.")
            .Resolve(ctx => ctx.Source.Result?.Secret);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing was created; empty on success.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}

public sealed class RevokeApiKeyPayloadGraphType : ObjectGraphType<Payload<ApiKey>>
{
    public RevokeApiKeyPayloadGraphType()
    {
        Name = "RevokeApiKeyPayload";
        Description = "The result of `revokeApiKey`.";
        this.AddPayloadFields<ApiKey, ApiKeyGraphType>("apiKey", "The revoked key.");
    }
}
