using System.Net;
using System.Net.Http.Json;
using CeGraph.Api.Hardening.PersistedOperations;
using CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;
using CeGraph.Api.Tests.Hardening;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Http;

/// <summary>
/// Apollo's automatic persisted queries over POST and GET: an unknown hash answers PERSISTED_QUERY_NOT_FOUND with 200,
/// the query sent with its hash is checked and remembered once it ran, then the hash alone works.
/// </summary>
public sealed class AutomaticPersistedQueryTests(AutomaticPersistedQueryTests.App factory) : IClassFixture<AutomaticPersistedQueryTests.App>
{
    [Fact]
    public async Task UnknownHash_WithoutAQuery_AnswersPersistedQueryNotFoundWith200OverPostAndGet()
    {
        using var client = factory.CreateClient();
        var query = "{ disciplines { code name } }";

        foreach (var response in new[] { await PostAsync(client, null, Hash(query)), await GetAsync(client, null, Hash(query)) })
        {
            AssertError(response, HttpStatusCode.OK, AutomaticPersistedQueryStore.NotFoundCode);
            Assert.Equal("PersistedQueryNotFound", response.FirstError);
        }
    }

    [Fact]
    public async Task Query_SentWithItsHashRunsAndThenTheHashAloneWorksOverPostAndGet()
    {
        using var client = factory.CreateClient();
        var query = "{ disciplines { code } }";

        AssertError(await PostAsync(client, null, Hash(query)), HttpStatusCode.OK, AutomaticPersistedQueryStore.NotFoundCode);
        var registered = await PostAsync(client, query, Hash(query));
        var byPost = await PostAsync(client, null, Hash(query));
        var byGet = await GetAsync(client, null, Hash(query));

        foreach (var response in new[] { registered, byPost, byGet })
        {
            AssertData(response);
            Assert.Contains(response.Json!["data"]!["disciplines"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "CT");
        }
    }

    [Fact]
    public async Task QueryRegistered_OverGet_WorksByHashOverPostWithVariables()
    {
        using var client = factory.CreateClient();
        var query = "query($code: String!) { discipline(code: $code) { name } }";

        AssertData(await GetAsync(client, query, Hash(query), variables: """{"code":"CT"}"""));
        var response = await PostAsync(client, null, Hash(query), new { code = "MR" });

        AssertData(response);
        Assert.Equal("Magnetic Resonance Imaging", response.Json!["data"]!["discipline"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_WithAHashThatIsNotItsOwn_IsRefusedAndNotExecutedNorRemembered()
    {
        using var client = factory.CreateClient();
        var query = "{ disciplines { code pathways } }";
        var wrong = Hash("{ something else }");

        var response = await PostAsync(client, query, wrong);

        AssertRefused(response, HttpStatusCode.BadRequest, AutomaticPersistedQueryStore.HashMismatchCode);
        Assert.Contains(Hash(query), response.FirstError, StringComparison.Ordinal);
        AssertError(await PostAsync(client, null, wrong), HttpStatusCode.OK, AutomaticPersistedQueryStore.NotFoundCode);
    }

    [Fact]
    public async Task QueryThatFailsValidation_IsNotRemembered()
    {
        using var client = factory.CreateClient();
        var query = "{ disciplines { noSuchField } }";

        var first = await PostAsync(client, query, Hash(query));

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        AssertError(await PostAsync(client, null, Hash(query)), HttpStatusCode.OK, AutomaticPersistedQueryStore.NotFoundCode);
    }

    [Fact]
    public async Task MalformedExtensionOrOne_BesideADocumentId_IsAClear400()
    {
        using var client = factory.CreateClient();

        var badVersion = await SendAsync(client, new { extensions = new { persistedQuery = new { version = 2, sha256Hash = Hash("{ x }") } } });
        var badHash = await SendAsync(client, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = "abc" } } });
        var both = await SendAsync(client, new { documentId = "sha256:" + Hash("{ x }"), extensions = new { persistedQuery = new { version = 1, sha256Hash = Hash("{ x }") } } });

        AssertRefused(badVersion, HttpStatusCode.BadRequest, AutomaticPersistedQueryStore.InvalidCode);
        Assert.Contains("version", badVersion.FirstError, StringComparison.Ordinal);
        AssertRefused(badHash, HttpStatusCode.BadRequest, AutomaticPersistedQueryStore.InvalidCode);
        AssertRefused(both, HttpStatusCode.BadRequest, AutomaticPersistedQueryStore.InvalidCode);
    }

    [Fact]
    public async Task Store_IsBounded_ATextLargerThanItIsNeverRemembered()
    {
        using var small = new HardeningFactory(("GraphQL:AutomaticPersistedQueriesMaxCharacters", "40"));
        using var client = small.CreateClient();
        var fits = "{ disciplines { code } }";
        var tooLarge = "{ disciplines { code name pathways outlines { kind version } } }";

        AssertData(await PostAsync(client, fits, Hash(fits)));
        AssertData(await PostAsync(client, tooLarge, Hash(tooLarge)));

        AssertData(await PostAsync(client, null, Hash(fits)));
        AssertError(await PostAsync(client, null, Hash(tooLarge)), HttpStatusCode.OK, AutomaticPersistedQueryStore.NotFoundCode);
    }

    [Fact]
    public async Task AutomaticPersistedQueries_SwitchedOff_AnswerPersistedQueryNotSupportedSoThatClientsSendTheText()
    {
        using var off = new HardeningFactory(("GraphQL:AutomaticPersistedQueries", "false"));
        using var client = off.CreateClient();

        var response = await PostAsync(client, null, Hash("{ disciplines { code } }"));

        AssertError(response, HttpStatusCode.OK, AutomaticPersistedQueryStore.NotSupportedCode);
        AssertData(await SendAsync(client, new { query = "{ disciplines { code } }" }));
    }

    internal static string Hash(string query) => PersistedOperationStore.HashOf(query);

    internal static object Extension(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    internal static Task<GraphQLResponse> PostAsync(HttpClient client, string? query, string hash, object? variables = null, string? apiKey = null) =>
        SendAsync(client, new { query, variables, extensions = Extension(hash) }, apiKey);

    internal static async Task<GraphQLResponse> SendAsync(HttpClient client, object body, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (apiKey is not null)
        {
            request.Headers.Authorization = new("Bearer", apiKey);
        }

        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    private static async Task<GraphQLResponse> GetAsync(HttpClient client, string? query, string hash, string? variables = null)
    {
        var extensions = """{"persistedQuery":{"version":1,"sha256Hash":"HASH"}}""".Replace("HASH", hash, StringComparison.Ordinal);
        var url = "/graphql?extensions=" + Uri.EscapeDataString(extensions)
            + (query is null ? "" : "&query=" + Uri.EscapeDataString(query))
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    private static void AssertError(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.True(response.Status == status, $"Expected {(int)status}, got {(int)response.Status}: {response.Body}");
        Assert.Null(response.Json!["data"]);
        Assert.Equal(code, response.Json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    public sealed class App() : HardeningFactory;
}
