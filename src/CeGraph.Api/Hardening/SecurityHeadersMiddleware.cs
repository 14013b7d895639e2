using Microsoft.Net.Http.Headers;

namespace CeGraph.Api.Hardening;

/// <summary>
/// The usual security headers on every response. A response that set its own (the GraphiQL page has its own CSP) keeps them;
/// everything else is JSON or text, so its CSP allows nothing at all.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string NonHtmlContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            AddIfMissing(headers, HeaderNames.XContentTypeOptions, "nosniff");
            AddIfMissing(headers, HeaderNames.XFrameOptions, "DENY");
            AddIfMissing(headers, "Referrer-Policy", "no-referrer");
            AddIfMissing(headers, HeaderNames.ContentSecurityPolicy, NonHtmlContentSecurityPolicy);
            AddIfMissing(headers, "Cross-Origin-Opener-Policy", "same-origin");
            return Task.CompletedTask;
        });
        return next(http);
    }

    private static void AddIfMissing(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
