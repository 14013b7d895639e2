using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class IssueCqrPrescriptionHandler(IDbContextFactory<CeGraphDbContext> contextFactory, PrescriptionBuilder builder, TimeProvider clock, CatalogChangeWriter changeLog)
{
    public async Task<Payload<Requirement>> HandleAsync(Caller caller, IssueCqrPrescriptionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (InputChecks.Text(input.LearnerRef, 200, ["input", "learnerRef"]) is { } learnerError)
        {
            return Payload<Requirement>.Failed(learnerError);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (requirement, errors) = await builder.BuildAsync(db, input, input.LearnerRef.Trim(), caller.KeyId, clock.UtcNow(), ["input"], cancellationToken);
        if (requirement is null)
        {
            return Payload<Requirement>.Failed(errors);
        }

        db.Requirements.Add(requirement);
        var disciplineCode = await db.Disciplines.Where(d => d.Id == requirement.DisciplineId).Select(d => d.Code).FirstAsync(cancellationToken);
        await changeLog.SaveAsync(db, () => [CatalogChanges.RequirementIssued(requirement, disciplineCode, requirement.CreatedAt)], cancellationToken);
        return Payload<Requirement>.Ok(requirement);
    }
}
