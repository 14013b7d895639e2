using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
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
        var errors = new List<UserError>();
        errors.AddIfNotNull(InputChecks.Code(input.Code, ["input", "code"]));
        errors.AddIfNotNull(InputChecks.Text(input.Title, 500, ["input", "title"]));
        var (credits, creditError) = creditPolicy.Check(input.Credits, ["input", "credits"]);
        errors.AddIfNotNull(creditError);
        if (input.ExpiresOn < input.ApprovedOn)
        {
            errors.Add(new InvalidDateRangeError($"expiresOn ({input.ExpiresOn:yyyy-MM-dd}) is before approvedOn ({input.ApprovedOn:yyyy-MM-dd}).", ["input", "expiresOn"]));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sponsor = await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(s => s.Code == input.SponsorCode, cancellationToken);
        if (sponsor is null)
        {
            errors.Add(new UnknownReferenceError($"No sponsor has code '{input.SponsorCode}'.", "UNKNOWN_SPONSOR", ["input", "sponsorCode"]));
        }
        else if (caller.Role == ApiRole.Sponsor && caller.SponsorId != sponsor.Id)
        {
            errors.Add(new NotPermittedError($"This SPONSOR key may only submit activities for its own sponsor, not '{sponsor.Code}'.", ["input", "sponsorCode"]));
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
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
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
