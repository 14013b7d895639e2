using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Facts;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>
/// Builds the engine's facts from the store: the requirement against its outline tree, and the completed activities with their
/// distributions (what a row means to the engine: <see cref="EngineFacts"/>).
/// </summary>
public static class EvaluationInputLoader
{
    /// <summary>The requirement against its outline version, taken from <see cref="OutlineCache"/> (published versions never change).</summary>
    public static async Task<RequirementContext> LoadRequirementAsync(OutlineCache outlines, Requirement requirement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        ArgumentNullException.ThrowIfNull(requirement);
        var snapshot = await outlines.GetAsync(requirement.OutlineId, cancellationToken)
            ?? throw new InvalidOperationException($"Outline {requirement.OutlineId} of requirement {requirement.Id} is missing.");
        return BuildRequirementContext(snapshot, requirement);
    }

    /// <summary>The requirement against an already loaded outline (e.g. from <see cref="OutlineCache"/>; its Discipline must be loaded).</summary>
    private static RequirementContext BuildRequirementContext(OutlineSnapshot snapshot, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(requirement);
        var rules = requirement.Rules.OrderBy(r => r.Ordinal).ToArray();
        var spec = EngineFacts.Requirement(requirement, rules, snapshot.Tree, snapshot.ById);
        return new RequirementContext(requirement, rules, spec, snapshot.Categories.ToDictionary(c => c.Code, c => c.Id, StringComparer.Ordinal));
    }

    /// <summary>The activities with these codes (unknown codes are simply absent), with every distribution and its lines.</summary>
    public static async Task<ActivityFacts> LoadActivitiesAsync(CeGraphDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => codes.Contains(a.Code))
            .Select(a => new
            {
                a.Id,
                a.Code,
                a.Title,
                a.SponsorId,
                a.CreditHundredths,
                a.CeCategory,
                a.Status,
                a.ApprovedOn,
                a.ExpiresOn,
                a.IsSample,
                Distributions = a.Distributions.Select(d => new
                {
                    d.Id,
                    d.DisciplineId,
                    d.OutlineId,
                    d.AssignedAt,
                    DisciplineCode = d.Discipline!.Code,
                    d.Kind,
                    d.Outline!.Version,
                    Lines = d.Lines.OrderBy(l => l.Ordinal).Select(l => new { l.CategoryId, l.Category!.Code, l.CreditHundredths }).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var facts = new Dictionary<string, ActivityFact>(StringComparer.Ordinal);
        var lineCategories = new Dictionary<(string Activity, string Discipline, OutlineKind Kind, string Category), int>();
        var records = new Dictionary<(string Activity, string Discipline, OutlineKind Kind), StoredActivity>();
        foreach (var row in rows)
        {
            facts[row.Code] = EngineFacts.Activity(row.Code, row.CreditHundredths, row.Status, row.ExpiresOn,
                row.Distributions.Select(d => EngineFacts.Distribution(d.DisciplineCode, d.Kind, d.Version, d.Lines.Select(l => (l.Code, l.CreditHundredths)))));
            foreach (var d in row.Distributions)
            {
                records[(row.Code, d.DisciplineCode, d.Kind)] = new StoredActivity(
                    row.Id, row.Code, row.Title, row.SponsorId, row.CreditHundredths, row.CeCategory, row.ApprovedOn, row.ExpiresOn, row.IsSample,
                    d.Id, d.DisciplineId, d.OutlineId, d.Kind, d.AssignedAt, [.. d.Lines.Select(l => new StoredLine(l.CategoryId, l.CreditHundredths))]);
                foreach (var line in d.Lines)
                {
                    lineCategories[(row.Code, d.DisciplineCode, d.Kind, line.Code)] = line.CategoryId;
                }
            }
        }

        return new ActivityFacts(facts, rows.ToDictionary(r => r.Code, r => r.Id, StringComparer.Ordinal), lineCategories, records);
    }
}
