using System.Net;
using System.Net.Http.Json;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>Security headers on every response (GraphiQL keeps its own CSP) and CORS for the configured origins only.</summary>
public sealed class SecurityHeadersAndCorsTests(SecurityHeadersAndCorsTests.OneAllowedOrigin factory) : IClassFixture<SecurityHeadersAndCorsTests.OneAllowedOrigin>
{
    private const string Allowed = "https://app.example.org";
    private const string Other = "https://evil.example.net";

    [Theory]
    [InlineData("POST", "/graphql")]
    [InlineData("GET", "/graphql?query=%7B__typename%7D")]
    [InlineData("GET", "/graphql?sdl")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/nowhere")]
    [InlineData("PUT", "/graphql")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string method, string url)
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { query = "{ __typename }" });
        }

        using var response = await http.SendAsync(request);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task GraphiQLPage_KeepsItsOwnContentSecurityPolicy()
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task ConfiguredOrigin_PassesThePreflightAndReadsTheResponse()
    {
        using var http = factory.CreateClient();

        using var preflight = await PreflightAsync(http, Allowed);
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Allowed, Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("authorization", Header(preflight, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("POST", Header(preflight, "Access-Control-Allow-Methods"), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", Allowed);
        using var response = await http.SendAsync(request);
        Assert.Equal(Allowed, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Correlation-Id", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherOrigin_GetsNoCorsHeaders()
    {
        using var http = factory.CreateClient();

        using var preflight = await PreflightAsync(http, Other);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", Other);
        using var response = await http.SendAsync(request);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task NoOrigin_IsAllowedByDefault()
    {
        using var closed = new CeGraphAppFactory();
        using var http = closed.CreateClient();

        using var preflight = await PreflightAsync(http, Allowed);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient http, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await http.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} response has no {name} header.");

    public sealed class OneAllowedOrigin() : HardeningFactory(("Cors:AllowedOrigins:0", Allowed + "/"));
}
