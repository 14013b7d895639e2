using GraphQL;
using Microsoft.Net.Http.Headers;

namespace CeGraph.Api.Hosting.Http;

/// <summary>Writes execution results and transport-level errors as GraphQL-shaped JSON.</summary>
public static class GraphQLResponseWriter
{
    public static Task WriteResultAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result, GraphQLResponseFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        var status = GraphQLStatusCodes.For(result, format);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
        }

        return WriteAsync(http, serializer, result, status, format);
    }

    /// <summary>Writes <c>{"errors":[{"message":…}]}</c> with <paramref name="statusCode"/>.</summary>
    public static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int statusCode, string message, GraphQLResponseFormat format = GraphQLResponseFormat.Json) =>
        WriteErrorAsync(http, serializer, statusCode, new ExecutionError(message), format);

    /// <summary>Writes <paramref name="error"/> (formatted like any GraphQL error, with its code) with <paramref name="statusCode"/>.</summary>
    public static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int statusCode, ExecutionError error, GraphQLResponseFormat format = GraphQLResponseFormat.Json)
    {
        var result = new ExecutionResult { Errors = [error] };
        return WriteAsync(http, serializer, result, statusCode, format);
    }

    /// <summary>405 for a method other than GET and POST.</summary>
    public static Task WriteMethodNotAllowedAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Post}";
        return WriteErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, "The GraphQL endpoint accepts GET and POST only.");
    }

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result, int statusCode, GraphQLResponseFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(serializer);
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = GraphQLMediaTypes.ContentTypeOf(format);
        http.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
