using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>The contract's <c>Date</c> scalar: an ISO calendar date (<c>YYYY-MM-DD</c>) backed by <see cref="DateOnly"/>.</summary>
public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, YYYY-MM-DD.";
    }
}
