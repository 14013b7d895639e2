using GraphQL.Validation;
using GraphQLParser.AST;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>
/// Subscriptions run only over the streaming transports (graphql-transport-ws at /graphql, graphql-sse at /graphql/stream);
/// a plain GraphQL-over-HTTP request with one gets a clear validation error instead of an empty result.
/// </summary>
public sealed class FeedTransportRule : ValidationRuleBase
{
    public const string StreamingKey = "cegraph.feed.streaming";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation == OperationType.Subscription && !context.UserContext.ContainsKey(StreamingKey))
        {
            context.ReportError(new ValidationError(
                "Subscriptions need a streaming transport: GraphQL over WebSocket (subprotocol graphql-transport-ws) at /graphql, or GraphQL over SSE at /graphql/stream.")
            {
                Code = "SUBSCRIPTION_NEEDS_STREAMING_TRANSPORT",
            });
        }

        return default;
    }
}
