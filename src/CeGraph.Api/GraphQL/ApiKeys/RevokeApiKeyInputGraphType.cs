using GraphQL.Types;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class RevokeApiKeyInputGraphType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputGraphType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The API key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's global id.");
    }
}
