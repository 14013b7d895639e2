using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.WriteRules;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>Checks a prescription and builds its (not yet saved) requirement against the CQR outline in effect on the issue date.</summary>
public sealed class PrescriptionBuilder(CreditPolicy creditPolicy)
{
    public async Task<(Requirement? Requirement, List<UserError> Errors)> BuildAsync(
        CeGraphDbContext db, PrescriptionInput input, string learnerRef, int? issuedByKeyId, DateTime now, string[] path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<UserError>();
        errors.AddIfNotNull(InputChecks.DateRange(input.IssuedOn, input.DueOn, "issuedOn", [.. path, "dueOn"]));
        if (InputChecks.ListSize(input.Items.Count, 1, ListSizeRule.MaxPrescriptionItems, "items", [.. path, "items"]) is { } sizeError)
        {
            errors.Add(sizeError);
            return (null, errors);
        }

        var discipline = await db.Disciplines.AsNoTracking().FirstOrDefaultAsync(d => d.Code == input.DisciplineCode, cancellationToken);
        if (discipline is null)
        {
            errors.Add(new UnknownReferenceError($"No discipline has code '{input.DisciplineCode}'.", "UNKNOWN_DISCIPLINE", [.. path, "disciplineCode"]));
            return (null, errors);
        }

        var outlines = await db.Outlines.AsNoTracking().Where(o => o.DisciplineId == discipline.Id).ToListAsync(cancellationToken);
        var outline = OutlineVersions.InEffect(outlines, OutlineKind.CqrSsa, input.IssuedOn);
        if (outline is null)
        {
            errors.Add(new NoOutlineInEffectError($"Discipline '{discipline.Code}' has no CQR outline in effect on {input.IssuedOn:yyyy-MM-dd}.", [.. path, "issuedOn"]));
            return (null, errors);
        }

        var categories = await db.Categories.AsNoTracking().Where(c => c.OutlineId == outline.Id).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        var requirement = new Requirement
        {
            Kind = RequirementKind.CqrPrescription,
            Name = $"{discipline.Name} CQR prescription",
            DisciplineId = discipline.Id,
            OutlineId = outline.Id,
            WindowStart = input.IssuedOn,
            WindowEnd = input.DueOn,
            LearnerRef = learnerRef,
            IssuedByKeyId = issuedByKeyId,
            CreatedAt = now,
        };
        AddRules(input, categories, outline, requirement, errors, path);
        return (errors.Count == 0 ? requirement : null, errors);
    }

    private void AddRules(PrescriptionInput input, Dictionary<string, ContentCategory> categories, ContentOutline outline, Requirement requirement, List<UserError> errors, string[] path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            var at = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (credits, creditError) = creditPolicy.Check(item.Credits, [.. path, "items", at, "credits"]);
            errors.AddIfNotNull(creditError);
            if (!categories.TryGetValue(item.CategoryCode, out var category))
            {
                errors.Add(new UnknownReferenceError($"'{item.CategoryCode}' is not a category of the CQR outline version {outline.Version}.", "UNKNOWN_CATEGORY", [.. path, "items", at, "categoryCode"]));
            }
            else if (category.Level < 2)
            {
                errors.Add(new InvalidValueError($"'{item.CategoryCode}' is a major category; prescriptions name subcategories.", "NOT_A_SUBCATEGORY", [.. path, "items", at, "categoryCode"]));
            }
            else if (!seen.Add(item.CategoryCode))
            {
                errors.Add(new InvalidValueError($"'{item.CategoryCode}' is prescribed more than once.", "DUPLICATE_CATEGORY", [.. path, "items", at, "categoryCode"]));
            }
            else if (creditError is null)
            {
                requirement.Rules.Add(new RequirementRule { Kind = RuleKind.MinCreditsInCategory, CategoryId = category.Id, CreditHundredths = credits.Hundredths, Ordinal = i });
            }
        }
    }
}
