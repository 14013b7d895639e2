namespace CeGraph.Api.Feed;

/// <summary>The subscriber's API key was revoked while it followed the feed: it receives nothing more (WebSocket 4403, SSE completes).</summary>
public sealed class ApiKeyRevokedException : Exception
{
    public ApiKeyRevokedException()
        : base("The API key was revoked; the change feed stops for it.")
    {
    }

    public ApiKeyRevokedException(string message)
        : base(message)
    {
    }

    public ApiKeyRevokedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

}
