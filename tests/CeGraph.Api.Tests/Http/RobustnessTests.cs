using System.Net;
using CeGraph.Api.GraphQL;
using CeGraph.Api.Tests.Infrastructure;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Http;

public sealed class RobustnessTests(CeGraphAppFactory factory) : HttpTestBase(factory)
{
    [Fact]
    public async Task UnexpectedException_ReturnsAGeneric500WithoutDetailsAndIsLogged()
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
    public async Task ClientAbort_WhileTheBodyIsStillArriving_LogsNoError()
    {
        var finished = new RequestEnd();
        using var observed = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(finished)));
        // The test server's own client: the factory's default one buffers the whole body before sending anything.
        using var client = observed.Server.CreateClient();
        using var cancel = new CancellationTokenSource();
        using var content = new StalledContent(cancel, finished.Started);
        content.Headers.ContentType = new("application/json");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsync("/graphql", content, cancel.Token));

        // The server side observed the abort and finished the request (the deadline only bounds a failure).
        var escaped = await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Null(escaped);
        AssertNothingLogged();
    }

    /// <summary>
    /// The outermost middleware: completes <see cref="Started"/> when the server begins the request, and <see cref="Task"/>
    /// when it has finished it, with the exception that escaped the whole pipeline (which the host would log), or null.
    /// </summary>
    private sealed class RequestEnd : IStartupFilter
    {
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<Exception?> finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => started.Task;

        public Task<Exception?> Task => finished.Task;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, inner) =>
            {
                started.TrySetResult();
                try
                {
                    await inner(http);
                    finished.TrySetResult(null);
                }
                catch (Exception exception)
                {
                    finished.TrySetResult(exception);
                    throw;
                }
            });
            next(app);
        };
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<CeGraphSchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException("secret detail");
    }

    /// <summary>
    /// Sends half a JSON body and, once the server is handling the request (waiting for the rest), cancels the request
    /// instead of finishing it. (Cancelled before that, the in-memory test server would never run the request at all.)
    /// </summary>
    private sealed class StalledContent(CancellationTokenSource cancel, Task serverStarted) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync("{\"query\":\"{ __typ"u8.ToArray());
            await stream.FlushAsync();
            await serverStarted.WaitAsync(TimeSpan.FromSeconds(60));
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
