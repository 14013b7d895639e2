using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>Marks an activity REJECTED. Its distributions stay on record but no longer count (the engine ignores rejected activities).</summary>
public sealed class RejectActivityHandler(IDbContextFactory<CeGraphDbContext> contextFactory, CatalogChangeWriter changeLog, TimeProvider clock)
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

        var statusBefore = activity.Status;
        var sponsorCode = await db.Sponsors.Where(s => s.Id == activity.SponsorId).Select(s => s.Code).FirstAsync(cancellationToken);
        var disciplineCodes = await db.Distributions.Where(d => d.ActivityId == activity.Id).Select(d => d.Discipline!.Code).ToListAsync(cancellationToken);
        activity.Status = ActivityStatus.Rejected;
        activity.RejectionReason = input.Reason.Trim();
        activity.Revision = Guid.NewGuid();
        activity.UpdatedAt = clock.UtcNow();
        try
        {
            await changeLog.SaveAsync(db, () => [CatalogChanges.ActivityRejected(activity, sponsorCode, statusBefore, disciplineCodes, activity.UpdatedAt)], cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<Activity>.Failed(new ConcurrentUpdateError($"Activity '{input.ActivityCode}' was changed at the same moment; read it again and retry.", ["input", "activityCode"]));
        }

        return Payload<Activity>.Ok(activity);
    }
}
