using CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;
using GraphQL.Transport;

namespace CeGraph.Api.Hosting.Http;

/// <summary>Either a well-formed GraphQL request or the reason (status and message) it is not one.</summary>
public sealed class ParsedRequest
{
    private ParsedRequest(GraphQLRequest? request, int statusCode, string? error)
    {
        Request = request;
        StatusCode = statusCode;
        Error = error;
    }

    public GraphQLRequest? Request { get; }

    public int StatusCode { get; }

    public string? Error { get; }

    public static ParsedRequest Success(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null);

    public static ParsedRequest Failure(string error, int statusCode = StatusCodes.Status400BadRequest) => new(null, statusCode, error);

    /// <summary>
    /// The spec's last check, shared by GET and POST: <c>query</c> must be a non-blank string, unless the request names a
    /// persisted operation with <c>documentId</c> or an automatic persisted query's hash instead.
    /// </summary>
    public static ParsedRequest RequireQuery(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId) && !PersistedQueryExtension.IsPresent(request.Extensions)
            ? Failure("The GraphQL request must have a non-empty string 'query' parameter (or a 'documentId' of a persisted operation, "
                + "or extensions.persistedQuery with the query's sha256Hash).")
            : Success(request);
}
