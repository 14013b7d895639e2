using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Sponsors;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class ApiKeyGraphType : ObjectGraphType<ApiKey>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Description = "An API key. Its secret is shown once, when it is created; only a hash is stored.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's global id (use it to revoke the key).")
            .Resolve(ctx => GlobalId.Encode("ApiKey", ctx.Source.Id));
        Field(k => k.Name).Description("A name to tell keys apart.");
        Field<NonNullGraphType<ApiRoleGraphType>>("role").Description("What the key may do.").Resolve(ctx => ctx.Source.Role);
        Field<SponsorGraphType>("sponsor").Description("The sponsor a SPONSOR key acts for; null for other roles.")
            .Resolve(ctx => ctx.Source.SponsorId is int id ? ctx.Loaders().SponsorById.Load(id) : null);
        Field(k => k.Prefix).Description("The first characters of the secret, to recognise the key; not enough to use it.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the key was created (UTC).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.CreatedAt, DateTimeKind.Utc));
        Field<DateTimeGraphType>("revokedAt").Description("When the key was revoked (UTC); null while it works.")
            .Resolve(ctx => ctx.Source.RevokedAt is DateTime at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
    }
}
