using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// A test-only root mutation field <c>gate</c> that reports when it is entered and finishes only when the test releases it,
/// so a test can act (e.g. revoke a key) between two root fields of a running mutation without sleeping.
/// </summary>
public sealed class MutationGate : IMutationFields
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<BooleanGraphType>("gate").Description("Test only.").ResolveAsync(async ctx =>
        {
            Entered.TrySetResult();
            await Released.Task.WaitAsync(ctx.CancellationToken);
            return true;
        });
    }
}
