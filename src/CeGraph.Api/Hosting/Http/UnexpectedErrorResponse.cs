using CeGraph.Api.Data;
using CeGraph.Api.Hardening;
using GraphQL;
using Microsoft.AspNetCore.Diagnostics;

namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// For <c>UseExceptionHandler</c>: a failure outside the GraphQL endpoint (which has its own boundary) gets the same generic
/// 500; a database that is out of connections or locked (e.g. while the API key is looked up) gets 503 DATABASE_BUSY with
/// <c>Retry-After</c>.
/// </summary>
public static class UnexpectedErrorResponse
{
    public static Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var correlationId = CorrelationId.Of(http);
        if (TransientDatabaseFailure.Is(http.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            http.Response.Headers.RetryAfter = "1";
            return GraphQLResponseWriter.WriteErrorAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, UnexpectedError.DatabaseBusy(correlationId));
        }

        return GraphQLResponseWriter.WriteErrorAsync(http, serializer, StatusCodes.Status500InternalServerError, new UnexpectedError(correlationId));
    }
}
