using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class CreateApiKeyInput
{
    public string Name { get; set; } = string.Empty;

    public ApiRole Role { get; set; }

    public string? SponsorCode { get; set; }
}

public sealed class CreateApiKeyInputGraphType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputGraphType()
    {
        Name = "CreateApiKeyInput";
        Description = "A new API key.";
        Field(x => x.Name).Description("A name to tell keys apart (at most 200 characters).");
        Field<NonNullGraphType<ApiRoleGraphType>>("role").Description("What the key may do.");
        Field(x => x.SponsorCode, nullable: true).Description("The sponsor a SPONSOR key acts for: required for SPONSOR, not allowed for other roles.");
    }
}

public sealed class RevokeApiKeyInput
{
    public string Id { get; set; } = string.Empty;
}

public sealed class RevokeApiKeyInputGraphType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputGraphType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The API key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's global id.");
    }
}
