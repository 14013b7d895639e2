using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>A stored check with its result parsed once, as the graph shows it.</summary>
public sealed record FulfillmentCheckView(FulfillmentCheck Check, StoredEvaluation Result)
{
    public static FulfillmentCheckView From(FulfillmentCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new FulfillmentCheckView(check, StoredEvaluation.FromJson(check.ResultJson));
    }
}
