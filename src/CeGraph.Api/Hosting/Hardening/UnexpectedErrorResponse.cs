using CeGraph.Api.GraphQL.Errors;
using CeGraph.Api.Hosting.Http;
using GraphQL;

namespace CeGraph.Api.Hosting.Hardening;

/// <summary>For <c>UseExceptionHandler</c>: a failure outside the GraphQL endpoint (which has its own boundary) gets the same generic 500.</summary>
public static class UnexpectedErrorResponse
{
    public static Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        return GraphQLResponseWriter.WriteErrorAsync(http, serializer, StatusCodes.Status500InternalServerError, new UnexpectedError(CorrelationId.Of(http)));
    }
}
