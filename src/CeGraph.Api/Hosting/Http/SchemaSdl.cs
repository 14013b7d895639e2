using CeGraph.Api.GraphQL;
using CeGraph.Api.Security;
using GraphQL;
using GraphQL.Utilities;

namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// <c>GET /graphql?sdl</c>: the schema as SDL, printed the same way as <c>schema/schema.graphql</c>. It is introspection by
/// another door, so it follows <c>GraphQL:EnableIntrospection</c> (404 when off), and a bad key is refused as everywhere else.
/// </summary>
public static class SchemaSdl
{
    public static string Print(CeGraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        return schema.Print(new PrintOptions { StringComparison = StringComparison.Ordinal });
    }

    public static async Task WriteAsync(HttpContext http, bool introspectionEnabled)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (http.RequestServices.GetRequiredService<CallerAccessor>().Caller.PresentedInvalidKey)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync("The API key in the Authorization header is not valid: it is malformed, unknown or revoked.\n", http.RequestAborted);
            return;
        }

        if (!introspectionEnabled)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("The schema is not published here: introspection is switched off (GraphQL:EnableIntrospection).\n", http.RequestAborted);
            return;
        }

        var sdl = Print(http.RequestServices.GetRequiredService<CeGraphSchema>());
        http.Response.StatusCode = StatusCodes.Status200OK;
        await http.Response.WriteAsync(sdl, http.RequestAborted);
    }
}
