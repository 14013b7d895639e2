namespace CeGraph.Api.Hardening;

/// <summary>Chooses the request's <see cref="CorrelationId"/>, echoes it in the <c>X-Correlation-Id</c> response header and scopes the logs with it.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var id = CorrelationId.Choose(http.Request.Headers[CorrelationId.HeaderName].Count == 1 ? http.Request.Headers[CorrelationId.HeaderName].ToString() : null);
        http.TraceIdentifier = id;
        http.Response.OnStarting(() =>
        {
            // Set when the response starts: an exception handler may have cleared the headers in between.
            http.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(http);
        }
    }
}
