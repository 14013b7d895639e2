using CeGraph.Api.GraphQL;
using GraphQL;

namespace CeGraph.Api.Feed.Transport;

/// <summary>Runs one operation for a streaming transport through GraphQL.NET, marking it as streaming and handing it a pacer.</summary>
public sealed class FeedExecutor(IDocumentExecuter<CeGraphSchema> executer)
{
    public Task<ExecutionResult> ExecuteAsync(HttpContext http, FeedRequest request, DeliveryPacer pacer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
            UserContext = new Dictionary<string, object?>
            {
                [FeedTransportRule.StreamingKey] = true,
                [DeliveryPacer.UserContextKey] = pacer,
            },
        });
    }
}
