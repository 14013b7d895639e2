using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>A feature's contribution to the single, flat <c>Query</c> type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
