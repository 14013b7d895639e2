using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CeGraph.Api.Hardening;
using CeGraph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening.Fuzzing;

/// <summary>Regression tests for what <see cref="FuzzTests"/> found (docs/hardening.md, "Fuzzing findings").</summary>
public sealed class FuzzFindingsTests(CeGraphAppFactory factory) : IClassFixture<CeGraphAppFactory>
{
    [Fact]
    public async Task FragmentBomb_IsRefusedAtOnceInsteadOfHangingValidation()
    {
        // Validation is what hung; the refusal must come before it. The probe sits just before GraphQL.NET parses and validates.
        var probe = new ValidationReachedProbe();
        using var probed = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IConfigureExecution>(probe)));
        using var client = new GraphQLClient(probed.CreateClient());
        var bomb = new StringBuilder("query { ...F40 }\nfragment F0 on Query { disciplines { code } }\n");
        for (var i = 1; i <= 40; i++)
        {
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        var response = await client.PostAsync(bomb.ToString());

        Assert.Equal(0, probe.Reached);
        AssertRefused(response, HttpStatusCode.BadRequest, ExpandedFieldsLimit.ErrorCode);
        AssertData(await client.PostAsync("query { ...F1 }\nfragment F0 on Query { disciplines { code } }\nfragment F1 on Query { ...F0 ...F0 }"));
        Assert.Equal(1, probe.Reached);
    }

    /// <summary>Counts the operations that got past every configured check to GraphQL.NET's own parse and validation.</summary>
    private sealed class ValidationReachedProbe : IConfigureExecution
    {
        private int reached;

        public int Reached => Volatile.Read(ref reached);

        public float SortOrder => float.MaxValue;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            Interlocked.Increment(ref reached);
            return next(options);
        }
    }

    [Fact]
    public async Task DocumentNested_PastTheParserLimit_IsAClientErrorNotAnUnexpectedFailure()
    {
        factory.Logs.Clear();
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("{ nodes(ids: " + new string('[', 500) + "\"x\"" + new string(']', 500) + ") { id } }");

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooDeep);
        Assert.True(factory.Logs.Errors.Count == 0, string.Join('\n', factory.Logs.Errors));
    }

    [Fact]
    public async Task Early413_ClosesTheConnectionSoThatClientsDoNotReuseIt()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(new byte[new GraphQLLimits().MaxRequestBodyBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(response.Headers.ConnectionClose, "the 413 response should carry Connection: close");
    }

    [Theory]
    [InlineData("{ a\r\r\r\u0001 }")]
    [InlineData("{\r disciplines {\r code\r\u0002 } }")]
    [InlineData("\r\r\r?")]
    public async Task MalformedDocument_WithBareCarriageReturns_IsASyntaxError(string query)
    {
        factory.Logs.Clear();
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(query);

        AssertRefused(response, HttpStatusCode.BadRequest, "SYNTAX_ERROR");
        Assert.True(factory.Logs.Errors.Count == 0, string.Join('\n', factory.Logs.Errors));
    }

    [Fact]
    public async Task ValidDocument_WithBareCarriageReturns_StillRuns()
    {
        using var client = factory.CreateGraphQLClient();

        AssertData(await client.PostAsync("{\r disciplines {\r code\r }\r}"));
    }

    [Fact]
    public async Task Text_WithANulCharacter_IsRefusedBeforeItReachesTheDatabase()
    {
        factory.Logs.Clear();
        using var client = factory.CreateGraphQLClient();

        var literal = await client.PostAsync("{ discipline(code: \"C\\u0000T\") { code } }");
        var variable = await client.PostAsync("query($c: String!) { discipline(code: $c) { code } }", new { c = "C\u0000T" });

        AssertRefused(literal, HttpStatusCode.BadRequest, NulCharacterRule.ErrorCode);
        AssertRefused(variable, HttpStatusCode.BadRequest, NulCharacterRule.ErrorCode);
        Assert.True(factory.Logs.Errors.Count == 0, string.Join('\n', factory.Logs.Errors));
    }
}
