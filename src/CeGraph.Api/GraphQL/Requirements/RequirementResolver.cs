using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>Finds the requirement an evaluation or plan is about: a visible stored one, or a new one from an inline prescription.</summary>
public sealed class RequirementResolver(PrescriptionBuilder prescriptions, TimeProvider clock)
{
    public async Task<(Requirement? Requirement, List<UserError> Errors)> ResolveAsync(
        CeGraphDbContext db, Caller caller, EvaluateRequirementInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if ((input.RequirementId is null) == (input.Prescription is null))
        {
            return (null, [new InvalidValueError("Give exactly one of requirementId and prescription.", "REQUIREMENT_TARGET", ["input"])]);
        }

        if (input.Prescription is not null)
        {
            return await prescriptions.BuildAsync(db, input.Prescription, "inline", caller.KeyId, clock.UtcNow(), ["input", "prescription"], cancellationToken);
        }

        var id = GlobalId.TryDecode(input.RequirementId, "Requirement");
        var requirement = id is null ? null : await db.Requirements.AsNoTracking().Include(r => r.Rules).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return requirement is not null && RequirementVisibility.CanSee(caller, requirement)
            ? (requirement, [])
            : (null, [new UnknownReferenceError($"No requirement with id '{input.RequirementId}' is visible to this key.", "UNKNOWN_REQUIREMENT", ["input", "requirementId"])]);
    }
}
