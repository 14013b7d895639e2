using System.Net;
using System.Net.Http.Headers;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>With <c>GraphQL:EnableIntrospection=false</c> the schema is not published by any door: not <c>?sdl</c>, not "Did you mean …".</summary>
public sealed class IntrospectionOffTests
{
    private const string Misspelt = "{ activitie(first: 1) { totalCount } }";

    [Fact]
    public async Task Sdl_IntrospectionOff_IsNotFoundAndPrintsNoSchema()
    {
        using var factory = new HardeningFactory(("GraphQL:EnableIntrospection", "false"));
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("type Query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task Sdl_GarbageKey_IsUnauthenticated(string introspection)
    {
        using var factory = new HardeningFactory(("GraphQL:EnableIntrospection", introspection));
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "cgk_this-key-was-never-issued");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("type Query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_IntrospectionOn_PrintsTheSchema()
    {
        using var factory = new HardeningFactory();
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task ValidationMessage_UnknownField_SuggestsNamesOnlyWithIntrospectionOn(string introspection, bool suggests)
    {
        using var factory = new HardeningFactory(("GraphQL:EnableIntrospection", introspection));
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(Misspelt);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("activitie", response.FirstError, StringComparison.Ordinal);
        Assert.Equal(suggests, response.Body.Contains("Did you mean", StringComparison.Ordinal));
        Assert.Equal(suggests, response.Body.Contains("'activities'", StringComparison.Ordinal) || response.Body.Contains("\\u0027activities\\u0027", StringComparison.Ordinal));
    }
}
