using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Primitives;

namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// Reads the query-string parameters of a GET request: <c>query</c> (or <c>documentId</c> of a persisted operation),
/// <c>operationName</c>, and <c>variables</c> / <c>extensions</c> as JSON-encoded objects.
/// </summary>
public static class GetRequestReader
{
    public static ParsedRequest Read(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(serializer);
        foreach (var name in (string[])["query", "documentId", "operationName", "variables", "extensions"])
        {
            if (query[name].Count > 1)
            {
                return ParsedRequest.Failure($"The '{name}' parameter must not be given more than once.");
            }
        }

        var request = new GraphQLRequest
        {
            Query = NullIfEmpty(query["query"]),
            DocumentId = NullIfEmpty(query["documentId"]),
            // The spec: an empty operationName means "absent"; the literal "null" names an operation "null".
            OperationName = NullIfEmpty(query["operationName"]),
        };

        if (!TryReadObject(query["variables"], serializer, out var variables))
        {
            return ParsedRequest.Failure("The 'variables' parameter must be a JSON-encoded object.");
        }

        if (!TryReadObject(query["extensions"], serializer, out var extensions))
        {
            return ParsedRequest.Failure("The 'extensions' parameter must be a JSON-encoded object.");
        }

        request.Variables = variables;
        request.Extensions = extensions;
        return ParsedRequest.RequireQuery(request);
    }

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    private static bool TryReadObject(StringValues value, IGraphQLTextSerializer serializer, out Inputs? inputs)
    {
        inputs = null;
        var json = NullIfEmpty(value);
        if (json is null)
        {
            return true;
        }

        try
        {
            // JSON null is "absent"; anything but an object makes the converter throw.
            inputs = serializer.Deserialize<Inputs>(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
