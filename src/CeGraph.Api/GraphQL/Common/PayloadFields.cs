using GraphQL.Types;

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

public static class PayloadFields
{
    /// <summary>Adds the result field (named <paramref name="resultName"/>) and <c>errors</c> to a payload type.</summary>
    public static void AddPayloadFields<T, TGraphType>(this ObjectGraphType<Payload<T>> payload, string resultName, string resultDescription)
        where T : class
        where TGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Field<TGraphType>(resultName).Description(resultDescription + " Null when `errors` is not empty.").Resolve(ctx => ctx.Source.Result);
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why the mutation changed nothing; empty on success.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}
