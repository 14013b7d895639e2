using CeGraph.Api.GraphQL;
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

    /// <summary>
    /// Builds the schema's type graph (GraphQL.NET does it on first use: a tenth of a start's CPU, inside the first request) on a
    /// pool thread, so that it overlaps the database's migrate-and-seed step. It reads nothing from the database; await it before
    /// serving.
    /// </summary>
    public static Task BuildSchemaInBackground(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Task.Run(() => app.Services.GetRequiredService<CeGraphSchema>().Initialize());
    }
}
