using CeGraph.Api.GraphQL;
using GraphQL;
using GraphQL.Utilities;

namespace CeGraph.Api.Hosting.Http;

/// <summary><c>GET /graphql?sdl</c>: the schema as SDL, printed the same way as <c>schema/schema.graphql</c>.</summary>
public static class SchemaSdl
{
    public static string Print(CeGraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        return schema.Print(new PrintOptions { StringComparison = StringComparison.Ordinal });
    }

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var sdl = Print(http.RequestServices.GetRequiredService<CeGraphSchema>());
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync(sdl, http.RequestAborted);
    }
}
