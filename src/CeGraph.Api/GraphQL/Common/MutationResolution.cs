using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Builders;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// What every mutation field does, written once: authorise the caller for the role (a top-level UNAUTHENTICATED or FORBIDDEN
/// before anything is read), read the <c>input</c> argument, hand both to the feature's handler and return its payload.
/// </summary>
public static class MutationResolution
{
    public const string InputArgument = "input";

    /// <summary>For a handler that needs the caller (its key id, its sponsor).</summary>
    public static FieldBuilder<object?, object> ResolveMutation<TInput, TResult>(
        this FieldBuilder<object?, object> field, ApiRole role, Func<Caller, TInput, CancellationToken, Task<Payload<TResult>>> handle)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(handle);
        return field.ResolveAsync(async ctx =>
        {
            var caller = ctx.Require(role);
            return await handle(caller, ctx.GetArgument<TInput>(InputArgument), ctx.CancellationToken);
        });
    }

    /// <summary>For a handler that only needs to know the caller has the role.</summary>
    public static FieldBuilder<object?, object> ResolveMutation<TInput, TResult>(
        this FieldBuilder<object?, object> field, ApiRole role, Func<TInput, CancellationToken, Task<Payload<TResult>>> handle)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(handle);
        return field.ResolveMutation<TInput, TResult>(role, (_, input, cancellationToken) => handle(input, cancellationToken));
    }
}
