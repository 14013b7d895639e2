using CeGraph.Api.Data.Entities;
using CeGraph.Api.Security;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>A fulfillment check is an audit record about a learner: only the key that made it and ADMIN may read it.</summary>
public static class CheckVisibility
{
    public static bool CanSee(Caller caller, FulfillmentCheck check)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(check);
        return caller.IsAdmin || (caller.KeyId is not null && caller.KeyId == check.ApiKeyId);
    }
}
