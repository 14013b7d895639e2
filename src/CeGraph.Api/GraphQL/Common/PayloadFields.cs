using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

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
