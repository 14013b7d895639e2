using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace CeGraph.Api.Hosting.Http;

/// <summary>Reads a POST body (<c>application/json</c>, UTF-8) into a <see cref="GraphQLRequest"/>.</summary>
public static class PostRequestReader
{
    public const string MalformedBody =
        "The request body must be a JSON object with a string 'query' and optional 'operationName' (string), 'variables' (object) and 'extensions' (object).";

    /// <summary>
    /// Reads the body, refusing with 413 a declared Content-Length over <paramref name="maxBodyBytes"/> before reading anything
    /// and an undeclared (chunked) body as soon as it grows past the limit.
    /// </summary>
    public static async Task<ParsedRequest> ReadAsync(HttpRequest request, IGraphQLTextSerializer serializer, long maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(serializer);
        if (!GraphQLMediaTypes.IsJsonRequest(request.ContentType))
        {
            return ParsedRequest.Failure(
                "POST requests must have 'Content-Type: application/json' (UTF-8).",
                StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return ParsedRequest.Failure(BodyTooLarge(maxBodyBytes), StatusCodes.Status413PayloadTooLarge);
        }

        GraphQLRequest? body;
        try
        {
            await using var limited = new LengthLimitedStream(request.Body, maxBodyBytes);
            body = await serializer.ReadAsync<GraphQLRequest>(limited, cancellationToken);
        }
        catch (JsonException)
        {
            // Not JSON, not an object, or a parameter of the wrong type (the converter checks each one).
            return ParsedRequest.Failure(MalformedBody);
        }

        return body is null ? ParsedRequest.Failure(MalformedBody) : ParsedRequest.RequireQuery(body);
    }

    public static string BodyTooLarge(long maxBodyBytes) => $"The request body is larger than {maxBodyBytes} bytes (GraphQL:MaxRequestBodyBytes).";
}
