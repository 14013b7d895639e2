using GraphQL;
using GraphQL.Transport;

namespace CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;

/// <summary>
/// What <see cref="AutomaticPersistedQueryStore.Resolve"/> made of a request: the request to execute (its query filled in
/// from the store when only the hash came), and the hash to remember once it executed; or an error and its status.
/// </summary>
public sealed class PersistedQueryResolution
{
    private PersistedQueryResolution(GraphQLRequest? request, string? hashToRemember, ExecutionError? error, int statusCode)
    {
        Request = request;
        HashToRemember = hashToRemember;
        Error = error;
        StatusCode = statusCode;
    }

    public GraphQLRequest? Request { get; }

    /// <summary>Set when the request brought its query with a matching hash: store it after a successful execution.</summary>
    public string? HashToRemember { get; }

    public ExecutionError? Error { get; }

    public int StatusCode { get; }

    public static PersistedQueryResolution Execute(GraphQLRequest request, string? hashToRemember = null) =>
        new(request, hashToRemember, null, StatusCodes.Status200OK);

    public static PersistedQueryResolution Fail(string code, string message, int statusCode) =>
        new(null, null, new ExecutionError(message) { Code = code }, statusCode);
}
