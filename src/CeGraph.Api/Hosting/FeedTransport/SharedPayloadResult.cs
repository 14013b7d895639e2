using GraphQL;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>An event's result that is already serialised (shared among subscribers); the transports send <see cref="Json"/> as it is.</summary>
public sealed class SharedPayloadResult : ExecutionResult
{
    public SharedPayloadResult(string json)
    {
        Json = json;
        Executed = true;
    }

    /// <summary>The serialised result (<c>{"data":…}</c>), exactly what the serializer would write for the executed result.</summary>
    public string Json { get; }

    /// <summary>The payload text a transport sends for <paramref name="result"/>: the shared text, or the result serialised now.</summary>
    public static string PayloadOf(ExecutionResult result, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        return result is SharedPayloadResult shared ? shared.Json : serializer.Serialize(result);
    }
}
