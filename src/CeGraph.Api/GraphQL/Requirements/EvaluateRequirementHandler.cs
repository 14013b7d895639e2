using System.Text.Json;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.Security;
using CeGraph.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>Loads the facts, runs the pure engine, then stores the check (and an inline prescription with it) in one SaveChanges.</summary>
public sealed class EvaluateRequirementHandler(IDbContextFactory<CeGraphDbContext> contextFactory, RequirementResolver requirements, OutlineCache outlines, TimeProvider clock)
{
    public async Task<Payload<FulfillmentCheckView>> HandleAsync(Caller caller, EvaluateRequirementInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (CompletionChecks.Check(input.Completions) is { } completionError)
        {
            return Payload<FulfillmentCheckView>.Failed(completionError);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (requirement, errors) = await requirements.ResolveAsync(db, caller, input, cancellationToken);
        if (requirement is null)
        {
            return Payload<FulfillmentCheckView>.Failed(errors);
        }

        var now = clock.UtcNow();
        var asOf = input.AsOf ?? clock.UtcToday();
        var context = await EvaluationInputLoader.LoadRequirementAsync(outlines, requirement, cancellationToken);
        var completions = input.Completions.Select(c => new CompletionFact(c.ActivityCode, c.CompletedOn)).ToArray();
        var activities = await EvaluationInputLoader.LoadActivitiesAsync(db, [.. completions.Select(c => c.ActivityCode).Distinct()], cancellationToken);
        var result = RequirementEvaluator.Evaluate(new EvaluationInput(context.Spec, completions, activities.Facts, asOf));
        var stored = StoredEvaluationMapper.From(result, context, activities, recordActivities: true);
        var check = new FulfillmentCheck
        {
            RequirementId = requirement.Id,
            Requirement = requirement.Id == 0 ? requirement : null,
            OutlineId = requirement.OutlineId,
            Fulfilled = result.Fulfilled,
            AsOf = asOf,
            EvaluatedAt = now,
            CountedHundredths = result.CountedCredits.Hundredths,
            ApiKeyId = caller.KeyId,
            CompletionsJson = JsonSerializer.Serialize(input.Completions.Select(c => new StoredCompletion(c.ActivityCode, c.CompletedOn))),
            ResultJson = stored.ToJson(),
        };
        db.FulfillmentChecks.Add(check); // an inline prescription is inserted with it, in the same transaction
        await db.SaveChangesAsync(cancellationToken);
        return Payload<FulfillmentCheckView>.Ok(new FulfillmentCheckView(check, stored));
    }
}
