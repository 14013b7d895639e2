using CeGraph.Api.Data.Entities;
using CeGraph.Api.Security;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>Public (seeded) requirements are visible to everyone; a prescription only to ADMIN, REVIEWER keys and the key that made it.</summary>
public static class RequirementVisibility
{
    public static bool CanSee(Caller caller, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(requirement);
        return requirement.IsPublic
            || caller.Has(ApiRole.Reviewer)
            || (caller.KeyId is not null && caller.KeyId == requirement.IssuedByKeyId);
    }
}
