using System.Net;
using CeGraph.Api.Hardening;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// A document served from the validated-document cache skips only the checks that depend on its text alone; what the
/// variables decide (list sizes in the cost, <c>@include</c>, list lengths, NUL characters) is checked on every request.
/// </summary>
public sealed class CachedDocumentLimitsTests(CeGraphAppFactory factory) : IClassFixture<CeGraphAppFactory>
{
    [Fact]
    public async Task Cost_CachedDocumentWithFirstFromVariables_IsMeasuredForEachRequest()
    {
        using var client = factory.CreateGraphQLClient();
        const string query = "query Sized($n: Int) { a: activities(first: $n) { nodes { sponsor { activities(first: $n) { nodes { distributions { lines { credits } } } } } } } }";

        AssertData(await client.PostAsync(query, new { n = 5 }));
        AssertData(await client.PostAsync(query, new { n = 5 })); // served from the cache

        AssertRefused(await client.PostAsync(query, new { n = 100 }), HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task Cost_CachedDocumentWithIncludeFromVariables_IsMeasuredForEachRequest()
    {
        using var client = factory.CreateGraphQLClient();
        const string query = """
            query Heavy($deep: Boolean!) {
              a: activities(first: 100) { nodes { code sponsor @include(if: $deep) { activities(first: 100) { nodes { distributions { lines { credits } } } } } } }
            }
            """;

        AssertData(await client.PostAsync(query, new { deep = false }));
        AssertData(await client.PostAsync(query, new { deep = false }));

        AssertRefused(await client.PostAsync(query, new { deep = true }), HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task Cost_CachedDocumentWithFirstFromVariablesInAFragment_IsMeasuredForEachRequest()
    {
        using var client = factory.CreateGraphQLClient();
        const string query = """
            query Sized($n: Int) { a: activities(first: $n) { nodes { ...Nested } } }
            fragment Nested on Activity { sponsor { activities(first: $n) { nodes { distributions { lines { credits } } } } } }
            """;

        AssertData(await client.PostAsync(query, new { n = 5 }));
        AssertData(await client.PostAsync(query, new { n = 5 }));

        AssertRefused(await client.PostAsync(query, new { n = 100 }), HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task Variables_CachedDocument_AreStillCheckedForNulAndListLength()
    {
        using var client = factory.CreateGraphQLClient();
        const string query = "query Codes($codes: [String!]!) { coverage(disciplineCode: \"CT\", kind: STRUCTURED_EDUCATION, activityCodes: $codes) { totalCredits } }";

        AssertData(await client.PostAsync(query, new { codes = new[] { "SAMPLE-0001" } }));
        AssertData(await client.PostAsync(query, new { codes = new[] { "SAMPLE-0001" } }));

        AssertRefused(await client.PostAsync(query, new { codes = new[] { "SAMPLE-\u00000001" } }), HttpStatusCode.BadRequest, NulCharacterRule.ErrorCode);
        var tooMany = Enumerable.Range(0, new GraphQLLimits().MaxListItems + 1).Select(i => $"X-{i}").ToArray();
        var refused = await client.PostAsync(query, new { codes = tooMany });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }
}
