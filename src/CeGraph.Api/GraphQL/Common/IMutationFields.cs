using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>A feature's contribution to the single, flat <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
