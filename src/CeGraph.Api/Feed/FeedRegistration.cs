using GraphQL.Execution;

namespace CeGraph.Api.Feed;

public static class FeedRegistration
{
    /// <summary>The feed's readers (the log itself and its writer are data services: <see cref="Hosting.DataRegistration"/>).</summary>
    public static IServiceCollection AddCeGraphFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedSettings>(configuration.GetSection(FeedSettings.Section));
        services.AddSingleton<CatalogChangeReader>();
        services.AddSingleton<KeyRevocationCheck>();
        services.AddSingleton<CatalogFeedHub>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogFeedHub>());
        services.AddHostedService<PostgresChangeListener>();
        services.AddSingleton<Transport.FeedExecutor>();
        services.AddSingleton<Transport.SharedPayloads>();
        services.AddSingleton<Transport.SharedPayloadExecutionStrategy>();
        // GraphQL.NET takes the first registration for an operation type, and AddGraphQL registers its own subscription
        // strategy: this one goes first wherever AddCeGraphFeed is called.
        services.Insert(0, ServiceDescriptor.Singleton(sp => new ExecutionStrategyRegistration(
            sp.GetRequiredService<Transport.SharedPayloadExecutionStrategy>(), GraphQLParser.AST.OperationType.Subscription)));
        services.AddSingleton<Transport.SubscriptionQuota>();
        return services;
    }

    /// <summary>The streaming transports: WebSocket upgrades at /graphql (before the HTTP endpoint) and SSE at /graphql/stream.</summary>
    public static WebApplication UseCeGraphFeedTransports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.UseMiddleware<Transport.GraphQLWebSocketEndpoint>();
        Transport.GraphQLSseEndpoint.MapCeGraphSse(app);
        return app;
    }
}
