using CeGraph.Api.Feed;
using CeGraph.Api.GraphQL;
using CeGraph.Api.Security;
using GraphQL;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>Runs one operation for a streaming transport through GraphQL.NET, marking it as streaming and handing it a pacer.</summary>
public sealed class FeedExecutor(IDocumentExecuter<CeGraphSchema> executer, IGraphQLTextSerializer serializer)
{
    public Task<ExecutionResult> ExecuteAsync(HttpContext http, FeedRequest request, DeliveryPacer pacer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        var caller = http.RequestServices.GetRequiredService<CallerAccessor>().Caller;
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
                [SharedPayloadExecutionStrategy.ShareKey] = ShareKeyOf(request, caller),
            },
        });
    }

    /// <summary>
    /// Subscribers whose events execute to the same payload: same visibility class, document, operation, variables and
    /// extensions (text as sent; equal requests written differently merely share less).
    /// </summary>
    public string ShareKeyOf(FeedRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Join(
            '\n',
            CatalogChangeVisibility.PayloadClass(caller),
            request.OperationName ?? string.Empty,
            request.Variables is null ? string.Empty : serializer.Serialize(request.Variables),
            request.Extensions is null ? string.Empty : serializer.Serialize(request.Extensions),
            request.Query);
    }
}
