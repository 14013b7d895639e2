using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>Marks an activity REJECTED. Its distributions stay on record but no longer count (the engine ignores rejected activities).</summary>
public sealed class RejectActivityHandler(IDbContextFactory<CeGraphDbContext> contextFactory)
{
    public async Task<Payload<Activity>> HandleAsync(RejectActivityInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputChecks.MultiLineText(input.Reason, 2000, ["input", "reason"]) is { } reasonError)
        {
            return Payload<Activity>.Failed(reasonError);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Code == input.ActivityCode, cancellationToken);
        if (activity is null)
        {
            return Payload<Activity>.Failed(new UnknownReferenceError($"No activity has code '{input.ActivityCode}'.", "UNKNOWN_ACTIVITY", ["input", "activityCode"]));
        }

        activity.Status = ActivityStatus.Rejected;
        activity.RejectionReason = input.Reason.Trim();
        activity.Revision = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<Activity>.Failed(new ConcurrentUpdateError($"Activity '{input.ActivityCode}' was changed at the same moment; read it again and retry.", ["input", "activityCode"]));
        }

        return Payload<Activity>.Ok(activity);
    }
}
