using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CeGraph.Api.Hosting.Http;

/// <summary>The response body formats of GraphQL-over-HTTP.</summary>
public enum GraphQLResponseFormat
{
    /// <summary>The client accepts neither JSON format: 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: the spec's own type; results without data get 4xx.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy type; every well-formed request gets 200.</summary>
    Json,
}

/// <summary>Media-type negotiation for the GraphQL endpoint (Accept and Content-Type).</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>The Content-Type header value to send for <paramref name="format"/>.</summary>
    public static string ContentTypeOf(GraphQLResponseFormat format) => format switch
    {
        GraphQLResponseFormat.Json => Json + "; charset=utf-8",
        _ => GraphQLResponseJson + "; charset=utf-8",
    };

    /// <summary>
    /// Picks the response format from the Accept header: the highest quality wins, ties go to
    /// graphql-response+json; a missing header, <c>*/*</c> and <c>application/*</c> mean graphql-response+json.
    /// Entries asking for a charset other than UTF-8 are ignored.
    /// </summary>
    public static GraphQLResponseFormat Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace))
        {
            return GraphQLResponseFormat.GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var entries))
        {
            return GraphQLResponseFormat.None;
        }

        var best = GraphQLResponseFormat.None;
        var bestQuality = 0.0;
        foreach (var entry in entries)
        {
            var quality = entry.Quality ?? 1.0;
            var format = FormatOf(entry);
            if (format == GraphQLResponseFormat.None || quality <= 0 || quality < bestQuality)
            {
                continue;
            }

            if (quality > bestQuality || format == GraphQLResponseFormat.GraphQLResponseJson)
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when the Accept header explicitly lists <c>text/html</c>, as a browser navigation does.</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var entries)
        && entries.Any(e => e.MediaType.Equals(Html, StringComparison.OrdinalIgnoreCase) && (e.Quality ?? 1.0) > 0);

    /// <summary>
    /// True for <c>application/json</c> with no charset or a UTF-8 one; the only request body type accepted
    /// (form and text types are the CSRF vector, so they are refused).
    /// </summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(parsed);

    private static GraphQLResponseFormat FormatOf(MediaTypeHeaderValue entry)
    {
        if (!IsUtf8(entry))
        {
            return GraphQLResponseFormat.None;
        }

        var type = entry.MediaType;
        if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
            || type.Equals("*/*", StringComparison.Ordinal)
            || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponseFormat.GraphQLResponseJson;
        }

        return type.Equals(Json, StringComparison.OrdinalIgnoreCase) ? GraphQLResponseFormat.Json : GraphQLResponseFormat.None;
    }

    private static bool IsUtf8(MediaTypeHeaderValue value)
    {
        if (!value.Charset.HasValue)
        {
            return true;
        }

        var charset = HeaderUtilities.RemoveQuotes(value.Charset);
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
