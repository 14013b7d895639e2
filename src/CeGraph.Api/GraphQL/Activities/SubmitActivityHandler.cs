using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class SubmitActivityHandler(IDbContextFactory<CeGraphDbContext> contextFactory, CreditPolicy creditPolicy, CatalogChangeWriter changeLog, TimeProvider clock)
{
    public async Task<Payload<Activity>> HandleAsync(Caller caller, SubmitActivityInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (caller.Role == ApiRole.Sponsor)
        {
            // Before anything else, so a key for one sponsor learns nothing about other sponsors' codes (no DUPLICATE_CODE oracle).
            var own = await db.Sponsors.AsNoTracking().Where(s => s.Id == caller.SponsorId).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);
            if (!string.Equals(own, input.SponsorCode, StringComparison.Ordinal))
            {
                throw AccessControl.Forbidden($"This SPONSOR key may only submit activities for its own sponsor ('{own}').");
            }
        }

        var errors = new List<UserError>();
        errors.AddIfNotNull(InputChecks.Code(input.Code, ["input", "code"]));
        errors.AddIfNotNull(InputChecks.Title(input.Title, ["input", "title"]));
        var (credits, creditError) = creditPolicy.Check(input.Credits, ["input", "credits"]);
        errors.AddIfNotNull(creditError);
        errors.AddIfNotNull(InputChecks.DateRange(input.ApprovedOn, input.ExpiresOn, "approvedOn", ["input", "expiresOn"]));

        var sponsor = await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(s => s.Code == input.SponsorCode, cancellationToken);
        if (sponsor is null)
        {
            errors.Add(new UnknownReferenceError($"No sponsor has code '{input.SponsorCode}'.", "UNKNOWN_SPONSOR", ["input", "sponsorCode"]));
        }

        if (await db.Activities.AnyAsync(a => a.Code == input.Code, cancellationToken))
        {
            errors.Add(new DuplicateCodeError($"An activity with code '{input.Code}' already exists.", ["input", "code"]));
        }

        if (errors.Count > 0)
        {
            return Payload<Activity>.Failed(errors);
        }

        var activity = new Activity
        {
            Code = input.Code,
            Title = input.Title.Trim(),
            SponsorId = sponsor!.Id,
            CreditHundredths = credits.Hundredths,
            CeCategory = input.CeCategory,
            Status = ActivityStatus.Submitted,
            ApprovedOn = input.ApprovedOn,
            ExpiresOn = input.ExpiresOn,
            Revision = Guid.NewGuid(),
            UpdatedAt = clock.UtcNow(),
        };
        db.Activities.Add(activity);
        try
        {
            await changeLog.SaveAsync(db, () => [CatalogChanges.ActivitySubmitted(activity, sponsor.Code, activity.UpdatedAt)], cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race with another submission of the same code: the unique index refused this one.
            await using var check = await contextFactory.CreateDbContextAsync(CancellationToken.None);
            if (!await check.Activities.AnyAsync(a => a.Code == input.Code, CancellationToken.None))
            {
                throw;
            }

            return Payload<Activity>.Failed(new DuplicateCodeError($"An activity with code '{input.Code}' already exists.", ["input", "code"]));
        }

        return Payload<Activity>.Ok(activity);
    }
}
