using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

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
