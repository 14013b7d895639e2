using GraphQL.Validation;
using GraphQLParser.AST;

namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// Validation rule added for GET requests only: the selected operation must be a query. A mutation (or
/// subscription) over GET is reported as <see cref="HttpMethodValidationError"/>, which the endpoint turns
/// into 405 with <c>Allow: POST</c>. The rule looks only at the selected operation, so it fires the same
/// whether or not the schema has a Mutation type.
/// </summary>
public sealed class HttpGetQueryOnlyRule : ValidationRuleBase
{
    public static readonly HttpGetQueryOnlyRule Instance = new();

    private HttpGetQueryOnlyRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(context.Document.Source, context.Operation));
        }

        return default;
    }
}

/// <summary>The error of <see cref="HttpGetQueryOnlyRule"/>; its presence in a result means 405.</summary>
public sealed class HttpMethodValidationError : ValidationError
{
    public const string ErrorCode = "HTTP_METHOD_NOT_ALLOWED";

    public HttpMethodValidationError(GraphQLParser.ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"Only query operations may be sent with GET; send this {Describe(operation)} with POST.", operation)
    {
        Code = ErrorCode;
    }

    private static string Describe(GraphQLOperationDefinition operation) =>
        operation?.Operation == OperationType.Subscription ? "subscription" : "mutation";
}
