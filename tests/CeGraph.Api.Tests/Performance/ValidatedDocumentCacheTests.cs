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
    public async Task A_valid_document_is_cached_and_answers_the_same_the_second_time()
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
    public async Task An_invalid_document_is_not_cached_and_is_refused_every_time()
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
    public async Task A_mutation_cached_from_a_POST_is_still_refused_over_GET()
    {
        const string document = "mutation CachedThenGet { __typename }";
        var posted = await PostAsync($$"""{"query":"{{document}}"}""");
        Assert.Equal(HttpStatusCode.OK, posted.Status);

        var response = await GetAsync("?query=" + Uri.EscapeDataString(document));

        AssertGraphQLError(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_cached_document_with_an_unknown_api_key_is_still_unauthenticated()
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
    public async Task A_cached_document_with_a_too_long_list_variable_is_still_refused()
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
