using System.Net;
using CeGraph.Api.Hardening;
using CeGraph.Api.Hosting;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>Per-key and per-address request budgets (here three a minute): 429 with Retry-After once spent.</summary>
public sealed class RateLimitingTests
{
    private const string Query = "{ __typename }";

    private static HardeningFactory Limited() => new(
        TestKeys.AdminSetting,
        ("RateLimiting:Enabled", "true"),
        ("RateLimiting:PermitsPerMinute", "3"),
        ("RateLimiting:AnonymousPermitsPerMinute", "3"));

    [Fact]
    public async Task AnonymousRequests_OverTheBudget_Get429WithRetryAfter()
    {
        using var factory = Limited();
        using var http = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            AssertData(await PostAsync(http, null));
        }

        using var request = Request(null);
        using var refused = await http.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(refused);

        AssertRefused(body, HttpStatusCode.TooManyRequests, RateLimitingRegistration.ErrorCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.StartsWith("application/json", body.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachApiKey_HasItsOwnBudgetApartFromAnonymousCallers()
    {
        using var factory = Limited();
        using var client = factory.CreateGraphQLClient();
        var first = await TestKeys.CreateAsync(client, "PARTNER");
        var second = await TestKeys.CreateAsync(client, "PARTNER");
        using var http = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            AssertData(await PostAsync(http, first));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(http, first)).Status);
        AssertData(await PostAsync(http, second));
        AssertData(await PostAsync(http, null));
    }

    [Fact]
    public async Task WrongKey_CountsAgainstTheAddress()
    {
        using var factory = Limited();
        using var http = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await PostAsync(http, "cgk_not-a-real-key");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(http, null)).Status);
    }

    [Fact]
    public async Task HealthProbe_IsNeverLimited()
    {
        using var factory = Limited();
        using var http = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await PostAsync(http, null);
        }

        for (var i = 0; i < 5; i++)
        {
            using var health = await http.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }

    [Fact]
    public async Task Switch_TurnsLimitingOff()
    {
        using var factory = new HardeningFactory(("RateLimiting:Enabled", "false"), ("RateLimiting:AnonymousPermitsPerMinute", "1"));
        using var http = factory.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            AssertData(await PostAsync(http, null));
        }
    }

    [Fact]
    public void Limiting_IsOnByDefault()
    {
        var defaults = new RateLimitingSettings();

        Assert.True(defaults.Enabled);
        Assert.Equal(600, defaults.PermitsPerMinute);
        Assert.Equal(300, defaults.AnonymousPermitsPerMinute);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void IPv6Clients_ShareTheir64BitPrefix(string address, string bucket) =>
        Assert.Equal(bucket, RateLimitPartitions.AddressKey(IPAddress.Parse(address)));

    private static HttpRequestMessage Request(string? apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent($"{{\"query\":\"{Query}\"}}", null, "application/json") };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new("Bearer", apiKey);
        }

        return request;
    }

    private static async Task<GraphQLResponse> PostAsync(HttpClient http, string? apiKey)
    {
        using var request = Request(apiKey);
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
