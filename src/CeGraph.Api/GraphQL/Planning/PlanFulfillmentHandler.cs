using System.Globalization;
using CeGraph.Api.Data;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Api.Security;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>
/// Checks the input, resolves the requirement (an inline prescription is built but never saved), loads the completions' facts and
/// the eligible catalog, runs the pure planner with the CP-SAT solver, and maps the plan's check for the graph. Stores nothing.
/// </summary>
public sealed class PlanFulfillmentHandler(
    IDbContextFactory<CeGraphDbContext> contextFactory, RequirementResolver requirements, OutlineCache outlines, IPlanSolver solver, PlanningSettings settings, TimeProvider clock)
{
    public async Task<Payload<FulfillmentPlanView>> HandleAsync(Caller caller, PlanFulfillmentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (CheckInput(input) is { } inputError)
        {
            return Payload<FulfillmentPlanView>.Failed(inputError);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (sponsorIds, sponsorErrors) = await ResolveSponsorsAsync(db, input.SponsorCodes, cancellationToken);
        var (requirement, errors) = await requirements.ResolveAsync(db, caller, input, cancellationToken);
        if (requirement is null || sponsorErrors.Count > 0)
        {
            return Payload<FulfillmentPlanView>.Failed([.. sponsorErrors, .. errors]);
        }

        var asOf = input.AsOf ?? clock.UtcToday();
        var context = await EvaluationInputLoader.LoadRequirementAsync(outlines, requirement, cancellationToken);
        var completions = input.Completions.Select(c => new CompletionFact(c.ActivityCode, c.CompletedOn)).ToArray();
        var completed = await EvaluationInputLoader.LoadActivitiesAsync(db, [.. completions.Select(c => c.ActivityCode).Distinct()], cancellationToken);
        var spec = context.Spec;
        var current = new EvaluationInput(spec, completions, completed.Facts, asOf);
        var catalog = NeedsCatalog(current)
            ? await PlanCandidateLoader.LoadAsync(db, requirement.DisciplineId, spec.DisciplineCode, spec.OutlineKind, asOf, sponsorIds, cancellationToken)
            : [];
        var planning = new PlanningInput(current, catalog, input.Objective, input.MaxActivities);
        var plan = FulfillmentPlanner.Plan(planning, solver, settings.PlannerOptions);

        var checkFacts = plan.Activities.Count == 0
            ? completed
            : await EvaluationInputLoader.LoadActivitiesAsync(db, [.. completions.Select(c => c.ActivityCode).Concat(plan.Activities.Select(a => a.Code)).Distinct()], cancellationToken);
        var check = StoredEvaluationMapper.From(plan.Check, context, checkFacts, recordActivities: false);
        return Payload<FulfillmentPlanView>.Ok(new FulfillmentPlanView(plan, context, asOf, check, checkFacts.ActivityIdByCode));
    }

    /// <summary>
    /// False when no activity could be added or none is needed: the completions already fulfil the requirement, or <c>asOf</c>
    /// lies outside its fixed window (planned activities are completed on <c>asOf</c>). The planner reports both without a catalog.
    /// </summary>
    private static bool NeedsCatalog(EvaluationInput current)
    {
        var window = current.Requirement.Window;
        if (window.TrailingMonths is null)
        {
            var (start, end) = window.Resolve(current.AsOf);
            if (current.AsOf < start || current.AsOf > end)
            {
                return false;
            }
        }

        return !RequirementEvaluator.Evaluate(current).Fulfilled;
    }

    private static UserError? CheckInput(PlanFulfillmentInput input)
    {
        if (CompletionChecks.Check(input.Completions) is { } completionError)
        {
            return completionError;
        }

        if (input.MaxActivities < 0)
        {
            return new InvalidValueError($"maxActivities must be 0 or more; got {input.MaxActivities}.", "INVALID_MAX_ACTIVITIES", ["input", "maxActivities"]);
        }

        if (input.SponsorCodes is [])
        {
            return new InvalidValueError("sponsorCodes is empty, so no activity could be added; omit it to allow every sponsor.", "NO_SPONSOR_CODES", ["input", "sponsorCodes"]);
        }

        if (input.SponsorCodes?.Count > PlanFulfillmentInput.MaxSponsorCodes)
        {
            return new TooManyItemsError($"At most {PlanFulfillmentInput.MaxSponsorCodes} sponsor codes; got {input.SponsorCodes.Count}.", ["input", "sponsorCodes"]);
        }

        for (var i = 0; i < input.SponsorCodes?.Count; i++)
        {
            if (InputChecks.Code(input.SponsorCodes[i], ["input", "sponsorCodes", i.ToString(CultureInfo.InvariantCulture)]) is { } codeError)
            {
                return codeError;
            }
        }

        return null;
    }

    /// <summary>The sponsors' ids (null when no filter was given), or an UNKNOWN_SPONSOR error for each code that names none.</summary>
    private static async Task<(IReadOnlyCollection<int>? Ids, List<UserError> Errors)> ResolveSponsorsAsync(
        CeGraphDbContext db, List<string>? codes, CancellationToken cancellationToken)
    {
        if (codes is null)
        {
            return (null, []);
        }

        var distinct = codes.Distinct(StringComparer.Ordinal).ToArray();
        var known = await db.Sponsors.AsNoTracking().Where(s => distinct.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var errors = new List<UserError>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (!known.ContainsKey(codes[i]))
            {
                errors.Add(new UnknownReferenceError($"No sponsor has code '{codes[i]}'.", "UNKNOWN_SPONSOR",
                    ["input", "sponsorCodes", i.ToString(CultureInfo.InvariantCulture)]));
            }
        }

        return (known.Values.ToArray(), errors);
    }
}
