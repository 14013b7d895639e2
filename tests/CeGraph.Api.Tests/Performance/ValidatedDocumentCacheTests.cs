using System.Net;
using CeGraph.Api.GraphQL.Execution;
using CeGraph.Api.Hardening;
using CeGraph.Api.Tests.Http;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Performance;

/// <summary>
/// A document that passed validation once is reused by text, yet every rule that depends on the request still runs on
/// it: the GET-only-queries rule, the API-key rule and the list limit on variables. And a document that failed is not kept.
/// </summary>
public sealed class ValidatedDocumentCacheTests(CeGraphAppFactory factory) : HttpTestBase(factory)
{
    [Fact]
    public async Task ValidDocument_IsCachedAndAnswersTheSameTheSecondTime()
    {
        var cache = Factory.Services.GetRequiredService<ValidatedDocumentCache>();
        const string body = """{"query":"{ disciplines { code } } # cached-once"}""";
        var before = cache.Count;

        var first = await PostAsync(body);
        var second = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(before + 1, cache.Count);
    }

    [Fact]
    public async Task InvalidDocument_IsNotCachedAndIsRefusedEveryTime()
    {
        var cache = Factory.Services.GetRequiredService<ValidatedDocumentCache>();
        const string body = """{"query":"{ disciplines { noSuchField } }"}""";
        var before = cache.Count;

        var first = await PostAsync(body);
        var second = await PostAsync(body);

        AssertGraphQLError(first, HttpStatusCode.BadRequest);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(before, cache.Count);
    }

    [Fact]
    public async Task MutationCachedFromAPost_IsStillRefusedOverGet()
    {
        const string document = "mutation CachedThenGet { __typename }";
        var posted = await PostAsync($$"""{"query":"{{document}}"}""");
        Assert.Equal(HttpStatusCode.OK, posted.Status);

        var response = await GetAsync("?query=" + Uri.EscapeDataString(document));

        AssertGraphQLError(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task CachedDocument_WithAnUnknownApiKey_IsStillUnauthenticated()
    {
        const string query = "{ disciplines { code name } } # key check";
        using var anonymous = Factory.CreateGraphQLClient();
        Assert.Null((await anonymous.PostAsync(query)).Json!["errors"]);

        using var garbage = Factory.CreateGraphQLClient();
        garbage.ApiKey = "cgk_not-a-key-of-this-server-0123456789abcdef";
        var response = await garbage.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CachedDocument_WithATooLongListVariable_IsStillRefused()
    {
        const string query = "query($codes: [String!]) { coverage(disciplineCode: \"CT\", kind: STRUCTURED_EDUCATION, activityCodes: $codes) { totalCredits } }";
        using var client = Factory.CreateGraphQLClient();
        var small = await client.PostAsync(query, new { codes = new[] { "X1" } });
        Assert.Null(small.Json!["errors"]);

        var codes = Enumerable.Range(0, new GraphQLLimits().MaxListItems + 1).Select(i => $"X{i}").ToArray();
        var response = await client.PostAsync(query, new { codes });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(QueryLimitError.ListTooLong, response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
