using System.Net;
using CeGraph.Api.GraphQL.Common;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The execution timeout answers 504 TIMEOUT. Its own host, with a short timeout and nothing else: the other limits' tests
/// run real queries, which on a loaded machine could take longer than a timeout this short.
/// </summary>
public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.ShortTimeout factory) : IClassFixture<ExecutionTimeoutTests.ShortTimeout>
{
    [Fact]
    public async Task OperationRunning_PastTheTimeout_Gets504Timeout()
    {
        using var client = factory.CreateGraphQLClient();
        var slow = factory.Services.GetServices<IQueryFields>().OfType<TestOnlyFields>().Single();

        // `slow` never ends on its own: only the execution timeout (0.5 s here) cancelling its token lets the request finish.
        var response = await client.PostAsync("{ slow }");

        Assert.True(slow.SlowCancelled.IsCompletedSuccessfully, "the timeout did not cancel the resolver's token");
        AssertRefused(response, HttpStatusCode.GatewayTimeout, "TIMEOUT");
        Assert.True(factory.Logs.Errors.Count == 0, string.Join('\n', factory.Logs.Errors));
    }

    public sealed class ShortTimeout() : TestOnlyFieldsFactory(("GraphQL:ExecutionTimeoutSeconds", "0.5"));
}
