using System.Net;
using CeGraph.Api.Hosting.Http;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Http;

public sealed class GraphiQLAndSchemaTests(CeGraphAppFactory factory) : HttpTestBase(factory)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task BrowserGet_ServesTheGraphiqlPageWithSecurityHeaders()
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/vendor/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.Contains("/graphiql/app.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal); // no inline script: the CSP forbids it
        Assert.Equal(GraphiQLPage.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/graphiql/app.js", "text/javascript")]
    [InlineData("/graphiql/vendor/graphiql.min.js", "text/javascript")]
    [InlineData("/graphiql/vendor/graphiql.min.css", "text/css")]
    [InlineData("/graphiql/vendor/react.production.min.js", "text/javascript")]
    [InlineData("/graphiql/vendor/react-dom.production.min.js", "text/javascript")]
    public async Task GraphiqlAssets_AreServedLocally(string path, string mediaType)
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} (run dotnet build so npm copies the GraphiQL bundles)");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task NothingElseOfTheProject_IsServedAsAStaticFile()
    {
        using var client = Factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/appsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphiql/../appsettings.json")).StatusCode);
    }

    [Fact]
    public async Task BrowserGet_WithAQueryParameter_ExecutesItInstead()
    {
        var response = await GetAsync("?query=%7B__typename%7D", "text/html, application/json;q=0.5");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task SdlParameter_ReturnsThePrintedSchemaAsText()
    {
        var response = await GetAsync("?sdl");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.ContentType);
        Assert.Contains("type Query {", response.Body, StringComparison.Ordinal);
        Assert.Contains("disciplines: [Discipline!]!", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthEndpoint_ReportsHealthyOnceMigrated()
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Category", "SqliteOnly")]
    public async Task Factory_UsesItsOwnTemporarySqliteFile()
    {
        using var client = Factory.CreateGraphQLClient();
        await client.DataAsync("{ __typename }");

        Assert.StartsWith(CeGraphAppFactory.DatabaseFolder, Factory.DatabasePath, StringComparison.Ordinal);
        Assert.True(File.Exists(Factory.DatabasePath), Factory.DatabasePath);
    }
}
