namespace CeGraph.Api.Feed;

public static class FeedRegistration
{
    /// <summary>The feed's readers (the log itself and its writer are data services: <see cref="Hosting.DataRegistration"/>).</summary>
    public static IServiceCollection AddCeGraphFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedSettings>(configuration.GetSection(FeedSettings.Section));
        services.AddSingleton<CatalogChangeReader>();
        services.AddSingleton<CatalogFeedHub>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogFeedHub>());
        services.AddHostedService<PostgresChangeListener>();
        return services;
    }
}
