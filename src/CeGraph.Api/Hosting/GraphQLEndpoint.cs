using CeGraph.Api.GraphQL;
using GraphQL;
using GraphQL.Transport;

namespace CeGraph.Api.Hosting;

/// <summary>Provisional POST-only endpoint; replaced by the full GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpoint
{
    public static WebApplication MapCeGraphGraphQL(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/graphql", async (HttpContext http, IDocumentExecuter<CeGraphSchema> executer, IGraphQLTextSerializer serializer) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request?.Query,
                OperationName = request?.OperationName,
                Variables = request?.Variables,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
            });
            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
        return app;
    }
}
