using CeGraph.Api.Hosting.Http;

namespace CeGraph.Api.Hosting;

/// <summary>Maps the GraphQL-over-HTTP endpoint and the GraphiQL assets (see <see cref="GraphQLHttpHandler"/>).</summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static WebApplication MapCeGraphGraphQL(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseGraphiQLAssets();
        var handler = ActivatorUtilities.CreateInstance<GraphQLHttpHandler>(app.Services);
        // Every method reaches the handler, which answers those other than GET and POST with 405.
        app.Map(Path, handler.HandleAsync).WithDisplayName("GraphQL");
        return app;
    }
}
