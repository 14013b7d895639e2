using GraphQL.Validation;
using GraphQLParser.AST;

namespace CeGraph.Api.Hardening;

/// <summary>A request refused because it asks too much (validation stage: nothing executes; 400 under graphql-response+json).</summary>
public sealed class QueryLimitError : ValidationError
{
    public const string TooDeep = "QUERY_TOO_DEEP";
    public const string TooComplex = "QUERY_TOO_COMPLEX";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";
    public const string ListTooLong = "LIST_TOO_LONG";

    public QueryLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public QueryLimitError(GraphQLParser.ROM source, string code, string message, ASTNode node)
        : base(source, null, message, node)
    {
        Code = code;
    }
}
