namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>The close codes this server uses: graphql-transport-ws's own (44xx) and RFC 6455's where that protocol has none.</summary>
public static class WebSocketCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>RFC 6455 "policy violation": the key's connection quota is used up.</summary>
    public const int PolicyViolation = 1008;

    /// <summary>RFC 6455 "message too big".</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455 "try again later": the client fell behind (slow consumer); it may reconnect and resume from its cursor.</summary>
    public const int TryAgainLater = 1013;
}
