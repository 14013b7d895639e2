namespace CeGraph.Api.GraphQL.Common;

#pragma warning disable CA1000 // Ok/Failed factories on the payload type read best at call sites.

/// <summary>The outcome of a mutation: the result on success, or the errors (and no change) on failure.</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<UserError> Errors)
    where T : class
{
    public static Payload<T> Ok(T result) => new(result, []);

    public static Payload<T> Failed(params UserError[] errors) => new(null, errors);

    public static Payload<T> Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
#pragma warning restore CA1000
