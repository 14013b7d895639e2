using Microsoft.Extensions.FileProviders;

namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// The GraphiQL IDE: <c>wwwroot/graphiql/index.html</c> answers a browser GET of <c>/graphql</c>, and the
/// folder <c>wwwroot/graphiql</c> (our page script plus the npm bundles the build copies into <c>vendor/</c>)
/// is served under <c>/graphiql</c>. Nothing is fetched from elsewhere, so a strict CSP holds.
/// </summary>
public static class GraphiQLPage
{
    public const string AssetsPath = "/graphiql";
    public const string Folder = "graphiql";

    /// <summary>Scripts and styles from this origin only; GraphiQL needs inline styles and data: fonts and images.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Serves <c>wwwroot/graphiql</c> under <see cref="AssetsPath"/>, and nothing else of wwwroot.</summary>
    public static WebApplication UseGraphiQLAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var folder = string.IsNullOrEmpty(app.Environment.WebRootPath) ? null : Path.Combine(app.Environment.WebRootPath, Folder);
        if (folder is null || !Directory.Exists(folder))
        {
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = AssetsPath,
            OnPrepareResponse = context => AddSecurityHeaders(context.Context.Response),
        });
        return app;
    }

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var files = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        var page = files.GetFileInfo($"{Folder}/index.html");
        var response = http.Response;
        AddSecurityHeaders(response);
        if (!page.Exists || !files.GetFileInfo($"{Folder}/vendor/graphiql.min.js").Exists)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("The GraphiQL assets are missing: build the project (dotnet build) so that npm copies them into wwwroot/graphiql/vendor.", http.RequestAborted);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        await response.SendFileAsync(page, http.RequestAborted);
    }

    private static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
