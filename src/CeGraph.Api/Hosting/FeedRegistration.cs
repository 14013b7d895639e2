using CeGraph.Api.Feed;
using GraphQL.Execution;

namespace CeGraph.Api.Hosting;

public static class FeedRegistration
{
    /// <summary>The feed's readers (the log itself and its writer are data services: <see cref="DataRegistration"/>).</summary>
    public static IServiceCollection AddCeGraphFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedSettings>(configuration.GetSection(FeedSettings.Section));
        services.AddSingleton<CatalogChangeReader>();
        services.AddSingleton<KeyRevocationCheck>();
        services.AddSingleton<CatalogFeedHub>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogFeedHub>());
        services.AddHostedService<PostgresChangeListener>();
        services.AddSingleton<FeedTransport.FeedExecutor>();
        services.AddSingleton<FeedTransport.SharedPayloads>();
        services.AddSingleton<FeedTransport.SharedPayloadExecutionStrategy>();
        // GraphQL.NET takes the first registration for an operation type, and AddGraphQL registers its own subscription
        // strategy: this one goes first wherever AddCeGraphFeed is called.
        services.Insert(0, ServiceDescriptor.Singleton(sp => new ExecutionStrategyRegistration(
            sp.GetRequiredService<FeedTransport.SharedPayloadExecutionStrategy>(), GraphQLParser.AST.OperationType.Subscription)));
        services.AddSingleton<FeedTransport.SubscriptionQuota>();
        return services;
    }

    /// <summary>The streaming transports: WebSocket upgrades at /graphql (before the HTTP endpoint) and SSE at /graphql/stream.</summary>
    public static WebApplication UseCeGraphFeedTransports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.UseMiddleware<FeedTransport.GraphQLWebSocketEndpoint>();
        FeedTransport.GraphQLSseEndpoint.MapCeGraphSse(app);
        return app;
    }
}
