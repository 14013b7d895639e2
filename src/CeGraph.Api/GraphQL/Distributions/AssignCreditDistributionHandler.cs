using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Distributions;

/// <summary>
/// Validates the lines against the outline in effect, then replaces the activity's distribution for that discipline and kind and
/// marks it DISTRIBUTED, in one transaction guarded by the activity's revision (a concurrent change makes this one fail whole).
/// </summary>
public sealed class AssignCreditDistributionHandler(IDbContextFactory<CeGraphDbContext> contextFactory, CreditPolicy creditPolicy, TimeProvider clock, CatalogChangeWriter changeLog)
{
    public async Task<Payload<CreditDistribution>> HandleAsync(AssignCreditDistributionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Code == input.ActivityCode, cancellationToken);
        var discipline = await db.Disciplines.AsNoTracking().FirstOrDefaultAsync(d => d.Code == input.DisciplineCode, cancellationToken);
        var today = clock.UtcToday();
        var outline = discipline is null ? null : OutlineVersions.InEffect(
            await db.Outlines.AsNoTracking().Where(o => o.DisciplineId == discipline.Id).ToListAsync(cancellationToken), input.Kind, today);
        var categories = outline is null ? [] : await db.Categories.AsNoTracking().Where(c => c.OutlineId == outline.Id).ToListAsync(cancellationToken);

        var errors = DistributionLineChecks.Check(input, activity, discipline, outline, categories, creditPolicy, out var lines);
        if (errors.Count > 0)
        {
            return Payload<CreditDistribution>.Failed(errors);
        }

        var previous = await db.Distributions.FirstOrDefaultAsync(
            d => d.ActivityId == activity!.Id && d.DisciplineId == discipline!.Id && d.Kind == input.Kind, cancellationToken);
        var totalBefore = previous?.TotalHundredths;
        var statusBefore = activity!.Status;
        var sponsorCode = await db.Sponsors.Where(s => s.Id == activity.SponsorId).Select(s => s.Code).FirstAsync(cancellationToken);
        var now = clock.UtcNow();
        if (previous is not null)
        {
            db.Distributions.Remove(previous);
        }

        var distribution = new CreditDistribution
        {
            ActivityId = activity!.Id,
            DisciplineId = discipline!.Id,
            OutlineId = outline!.Id,
            Kind = input.Kind,
            TotalHundredths = lines.Sum(l => l.CreditHundredths),
            AssignedAt = now,
            UpdatedAt = now,
            Lines = lines,
        };
        db.Distributions.Add(distribution);
        activity.Status = ActivityStatus.Distributed;
        activity.Revision = Guid.NewGuid();
        activity.UpdatedAt = now;
        try
        {
            await changeLog.SaveAsync(
                db, () => [CatalogChanges.DistributionAssigned(activity, sponsorCode, statusBefore, distribution, discipline.Code, totalBefore, now)], cancellationToken);
        }
        catch (DbUpdateException exception) when (!TransientDatabaseFailure.Is(exception))
        {
            // The revision check failed, or the unique (activity, discipline, kind) index refused a second insert: another
            // writer won. A busy database is not that; it surfaces as DATABASE_BUSY (retry) instead.
            return Payload<CreditDistribution>.Failed(new ConcurrentUpdateError(
                $"Activity '{input.ActivityCode}' was changed at the same moment; nothing was saved. Read it again and retry.", ["input", "activityCode"]));
        }

        distribution.Discipline = discipline;
        return Payload<CreditDistribution>.Ok(distribution);
    }
}
