using GraphQL;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>A GraphQL error for an argument the caller got wrong (extensions.code = BAD_USER_INPUT).</summary>
public sealed class UserInputError : ExecutionError
{
    public const string ErrorCode = "BAD_USER_INPUT";

    public UserInputError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }

    public UserInputError(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCode;
    }

    public UserInputError()
        : this("The arguments are not valid.")
    {
    }
}
