using GraphQL.Validation;
using GraphQLParser;

namespace CeGraph.Api.Security;

public sealed class AuthenticationValidationError : ValidationError
{
    public const string ErrorCode = "UNAUTHENTICATED";

    public AuthenticationValidationError(ROM source)
        : base(source, "5.0", "The API key in the Authorization header is not valid: it is malformed, unknown or revoked.")
    {
        Code = ErrorCode;
    }
}
