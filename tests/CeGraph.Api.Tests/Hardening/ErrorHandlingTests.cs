using System.Net;
using System.Net.Http.Json;
using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// Nothing internal leaves the server: unexpected failures, inside a resolver or anywhere in the pipeline, answer with a
/// fixed message, code INTERNAL_SERVER_ERROR and a correlation id that is also in X-Correlation-Id and in the Error log line.
/// The test host runs in Development, where GraphQL.NET used to expose exception details: now only a setting does.
/// </summary>
public sealed class ErrorHandlingTests(ErrorHandlingTests.FailingHost factory) : IClassFixture<ErrorHandlingTests.FailingHost>
{
    private static readonly string[] Leaks = ["SQLite", "SELECT", "Secrets", "CeGraph.", "System.", "InvalidOperation", "INVALID_OPERATION", "   at ", "\"codes\"", "stack"];

    [Fact]
    public async Task FailingResolver_AnswersWithACorrelationIdAndNothingElse()
    {
        factory.Logs.Clear();
        using var http = factory.CreateClient();

        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ boom disciplines { code } }" });
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.True(factory.Services.GetRequiredService<IHostEnvironment>().IsDevelopment());
        Assert.Equal(HttpStatusCode.OK, body.Status);
        Assert.NotNull(body.Json!["data"]!["disciplines"]);
        var error = body.Json["errors"]![0]!;
        Assert.Equal("An unexpected error occurred while processing the request.", error["message"]!.GetValue<string>());
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var correlationId = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.Equal(correlationId, response.Headers.GetValues("X-Correlation-Id").Single());
        AssertNoLeaks(body.Body);
        Assert.Contains(factory.Logs.Errors, e => e.Exception is InvalidOperationException && e.Message.Contains(correlationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failure_OutsideTheEndpoint_IsAGeneric500NotTheDeveloperExceptionPage()
    {
        factory.Logs.Clear();
        using var http = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<FailingOnDemandContextFactory>();
        contexts.Fail = true;
        try
        {
            // The API key middleware looks the key up in the database, which now throws.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
            request.Headers.Authorization = new("Bearer", "cgk_whatever");
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await http.SendAsync(request);
            var body = await GraphQLResponse.ReadAsync(response);

            Assert.Equal(HttpStatusCode.InternalServerError, body.Status);
            Assert.StartsWith("application/json", body.ContentType, StringComparison.Ordinal);
            var error = body.Json!["errors"]![0]!;
            Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal(error["extensions"]!["correlationId"]!.GetValue<string>(), response.Headers.GetValues("X-Correlation-Id").Single());
            AssertNoLeaks(body.Body);
        }
        finally
        {
            contexts.Fail = false;
        }
    }

    [Fact]
    public async Task LockedDatabase_OutsideTheEndpoint_IsARetryable503()
    {
        using var http = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<FailingOnDemandContextFactory>();
        contexts.Fail = contexts.Busy = true;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
            request.Headers.Authorization = new("Bearer", "cgk_whatever");
            using var response = await http.SendAsync(request);
            var body = await GraphQLResponse.ReadAsync(response);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, body.Status);
            Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
            Assert.Equal("DATABASE_BUSY", body.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            AssertNoLeaks(body.Body);
        }
        finally
        {
            contexts.Fail = contexts.Busy = false;
        }
    }

    [Fact]
    public async Task DatabaseFailure_InsideAResolver_IsReportedTheSameWay()
    {
        using var client = factory.CreateGraphQLClient();
        var contexts = factory.Services.GetRequiredService<FailingOnDemandContextFactory>();
        contexts.Fail = true;
        try
        {
            var response = await client.PostAsync("{ activity(code: \"SAMPLE-0001\") { code } }");

            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal("INTERNAL_SERVER_ERROR", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            AssertNoLeaks(response.Body);
        }
        finally
        {
            contexts.Fail = false;
        }
    }

    [Fact]
    public async Task FailureInTheBackgroundChangeFeed_LeavesTheServerRunning()
    {
        using var http = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<FailingOnDemandContextFactory>();
        var signal = factory.Services.GetRequiredService<CatalogChangeSignal>();
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        var failed = contexts.NextFailure;
        contexts.Fail = true;
        try
        {
            signal.Pulse(); // wakes the feed hub, whose read of the log now throws a non-database exception
            await failed.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            contexts.Fail = false;
        }

        // A hub whose exception escaped would have stopped the host and would never read again.
        var readAgain = contexts.NextContext;
        signal.Pulse();
        await readAgain.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WellFormedClientCorrelationId_IsKeptAndAMalformedOneReplaced()
    {
        using var http = factory.CreateClient();

        var kept = await SendAsync(http, "partner-req.2026-11-26:0042");
        var replaced = await SendAsync(http, new string('x', 65));
        var injected = await SendAsync(http, "evil id; drop");

        Assert.Equal("partner-req.2026-11-26:0042", kept.Header);
        Assert.Equal("partner-req.2026-11-26:0042", kept.Body.Json!["errors"]![0]!["extensions"]!["correlationId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", replaced.Header);
        Assert.Matches("^[0-9a-f]{32}$", injected.Header);
    }

    [Fact]
    public async Task DeliberateErrors_KeepTheirCodeWithoutTheDerivedCodesList()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("mutation { revokeApiKey(input: { id: \"x\" }) { errors { code } } }");

        Assert.Equal("UNAUTHENTICATED", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("\"codes\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceptionDetails_AreShownOnlyWhenTheSettingAsksForThem()
    {
        using var exposing = new TestOnlyFieldsFactory(("GraphQL:ExposeExceptionDetails", "true"));
        using var client = exposing.CreateGraphQLClient();

        var response = await client.PostAsync("{ boom }");

        Assert.Contains("no such table: Secrets", response.Body, StringComparison.Ordinal);
    }

    private static void AssertNoLeaks(string body)
    {
        foreach (var leak in Leaks)
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }
    }

    private static async Task<(string Header, GraphQLResponse Body)> SendAsync(HttpClient http, string correlationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ boom }" }) };
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        using var response = await http.SendAsync(request);
        return (response.Headers.GetValues("X-Correlation-Id").Single(), await GraphQLResponse.ReadAsync(response));
    }

    /// <summary>The application with <see cref="TestOnlyFields"/> and a database that fails on demand.</summary>
    public sealed class FailingHost : TestOnlyFieldsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                // Decorate whichever provider's factory the application registered (SQLite or PostgreSQL).
                var original = services.Last(d => d.ServiceType == typeof(IDbContextFactory<CeGraphDbContext>));
                services.Remove(original);
                services.AddSingleton(sp => new FailingOnDemandContextFactory(
                    (IDbContextFactory<CeGraphDbContext>)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
                services.AddSingleton<IDbContextFactory<CeGraphDbContext>>(sp => sp.GetRequiredService<FailingOnDemandContextFactory>());
            });
        }
    }
}
