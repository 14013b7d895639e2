using System.Net;
using CeGraph.Api.GraphQL;
using CeGraph.Api.Tests.Infrastructure;
using GraphQL;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Http;

public sealed class RobustnessTests(CeGraphAppFactory factory) : HttpTestBase(factory)
{
    [Fact]
    public async Task Unexpected_exception_returns_a_generic_500_without_details_and_is_logged()
    {
        using var failing = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(
            s => s.AddSingleton<IDocumentExecuter<CeGraphSchema>, ThrowingExecuter>()));
        using var client = failing.CreateClient();

        using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", null, "application/json"));
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, body.Status);
        Assert.Equal("An unexpected error occurred while processing the request.", body.FirstError);
        Assert.DoesNotContain("secret detail", body.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowingExecuter", body.Body, StringComparison.Ordinal);
        Assert.Contains(Factory.Logs.Errors, e => e.Exception is InvalidOperationException);
        Factory.Logs.Clear();
    }

    [Fact]
    public async Task Client_abort_while_the_body_is_still_arriving_logs_no_error()
    {
        using var client = Factory.CreateClient();
        using var cancel = new CancellationTokenSource();
        using var content = new StalledContent(cancel);
        content.Headers.ContentType = new("application/json");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsync("/graphql", content, cancel.Token));
        await Task.Delay(300); // let the server side observe the abort and finish

        AssertNothingLogged();
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<CeGraphSchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException("secret detail");
    }

    /// <summary>Sends half a JSON body, then cancels the request instead of finishing it.</summary>
    private sealed class StalledContent(CancellationTokenSource cancel) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync("{\"query\":\"{ __typ"u8.ToArray());
            await stream.FlushAsync();
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, cancel.Token);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
