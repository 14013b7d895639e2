using System.Linq.Expressions;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Security;
using CeGraph.Domain;

namespace CeGraph.Api.Feed;

/// <summary>
/// Which change-log entries a caller may see: the one place the feed decides it (catalogChanges and catalogChanged both
/// use it). It applies the existing rules to the state the entry recorded:
/// activity changes follow <see cref="GraphQL.Activities.ActivityVisibility"/> (published — DISTRIBUTED — activities for
/// everyone, a SPONSOR's own, all for REVIEWER and ADMIN), where an entry counts as published when the activity was
/// DISTRIBUTED before or after the change, so a partner also learns that a published activity was withdrawn;
/// requirement changes follow <see cref="GraphQL.Requirements.RequirementVisibility"/> (public ones, the issuing key's
/// own prescriptions, all for REVIEWER and ADMIN); outline versions are public.
/// When Activity visibility moves to one shared component, point the activity branch here at it.
/// </summary>
public static class CatalogChangeVisibility
{
    public static Expression<Func<CatalogChange, bool>> For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Has(ApiRole.Reviewer))
        {
            return c => true;
        }

        var keyId = caller.KeyId ?? 0;
        var sponsorId = caller.Role == ApiRole.Sponsor ? caller.SponsorId ?? 0 : 0;
        return c => c.EntityType == "ContentOutline"
                    || (c.EntityType == "Requirement" && (c.IsPublic || (keyId != 0 && c.IssuedByKeyId == keyId)))
                    || (c.ActivityId != null && (c.StatusBefore == ActivityStatus.Distributed || c.StatusAfter == ActivityStatus.Distributed
                                                 || (sponsorId != 0 && c.SponsorId == sponsorId)));
    }

    /// <summary>
    /// The callers who see the same payload for any entry they receive: <see cref="SeesDetails"/> is the only caller-dependent part
    /// of an entry's fields, and it depends on nothing but this class. Subscribers of one document and class share one execution
    /// per entry (<c>Hosting/FeedTransport/SharedPayloadExecutionStrategy</c>); a new caller-dependent field must be reflected here.
    /// </summary>
    public static string PayloadClass(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Has(ApiRole.Reviewer))
        {
            return "reviewer";
        }

        return caller.Role == ApiRole.Sponsor ? $"sponsor:{caller.SponsorId}" : "public";
    }

    /// <summary>True when the caller may also see an activity entry's private details (the rejection reason).</summary>
    public static bool SeesDetails(Caller caller, CatalogChange change)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        return caller.Has(ApiRole.Reviewer) || (caller.Role == ApiRole.Sponsor && caller.SponsorId == change.SponsorId);
    }
}
