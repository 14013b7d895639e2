using CeGraph.Api.Data.Entities;
using CeGraph.Api.Security;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// Who sees which activities: everyone sees published (DISTRIBUTED) ones; a SPONSOR key also sees its own sponsor's
/// submitted and rejected ones; REVIEWER and ADMIN keys see all (they review them).
/// </summary>
public static class ActivityVisibility
{
    public static IQueryable<Activity> Apply(IQueryable<Activity> activities, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Has(ApiRole.Reviewer))
        {
            return activities;
        }

        var sponsorId = caller.Role == ApiRole.Sponsor ? caller.SponsorId : null;
        return sponsorId is int own
            ? activities.Where(a => a.Status == ActivityStatus.Distributed || a.SponsorId == own)
            : activities.Where(a => a.Status == ActivityStatus.Distributed);
    }

    public static bool CanSee(Caller caller, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Status == ActivityStatus.Distributed
            || caller.Has(ApiRole.Reviewer)
            || (caller.Role == ApiRole.Sponsor && caller.SponsorId == activity.SponsorId);
    }
}
