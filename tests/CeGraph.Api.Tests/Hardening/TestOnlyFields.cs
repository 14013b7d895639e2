using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// Query fields that exist only in tests: <c>slow</c> (waits until its cancellation token fires, and says so through
/// <see cref="SlowCancelled"/>) and <c>boom</c> (throws an exception whose message looks like leaked internals). Added
/// with <c>services.AddSingleton&lt;IQueryFields, TestOnlyFields&gt;()</c>.
/// </summary>
public sealed class TestOnlyFields : IQueryFields
{
    public const string SecretDetail = "SQLite Error 1: no such table: Secrets (SELECT * FROM Secrets) in CeGraph.Api.Internal.SecretStore";

    private readonly TaskCompletionSource slowCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a running <c>slow</c> resolver saw its cancellation token fire (nothing else ends it).</summary>
    public Task SlowCancelled => slowCancelled.Task;

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<BooleanGraphType>("slow").Description("Test only.").ResolveAsync(async ctx =>
        {
            await using var signal = ctx.CancellationToken.Register(() => slowCancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return true;
        });
        query.Field<BooleanGraphType>("boom").Description("Test only.").Resolve(_ => throw new InvalidOperationException(SecretDetail));
    }
}
