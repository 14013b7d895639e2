using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

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
