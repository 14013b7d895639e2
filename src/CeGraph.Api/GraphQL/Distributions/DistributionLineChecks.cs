using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.WriteRules;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Distributions;

/// <summary>Every rule a distribution must meet, reported together so the caller can fix all of them at once.</summary>
public static class DistributionLineChecks
{
    public static List<UserError> Check(
        AssignCreditDistributionInput input,
        Activity? activity,
        Discipline? discipline,
        ContentOutline? outline,
        IReadOnlyList<ContentCategory> categories,
        CreditPolicy creditPolicy,
        out List<CreditAllocation> lines)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(creditPolicy);
        lines = [];
        var errors = new List<UserError>();
        if (activity is null)
        {
            errors.Add(new UnknownReferenceError($"No activity has code '{input.ActivityCode}'.", "UNKNOWN_ACTIVITY", ["input", "activityCode"]));
        }
        else if (activity.Status == ActivityStatus.Rejected)
        {
            errors.Add(new ActivityRejectedError($"Activity '{activity.Code}' was rejected; it cannot be distributed.", ["input", "activityCode"]));
        }

        if (discipline is null)
        {
            errors.Add(new UnknownReferenceError($"No discipline has code '{input.DisciplineCode}'.", "UNKNOWN_DISCIPLINE", ["input", "disciplineCode"]));
        }
        else if (outline is null)
        {
            errors.Add(new NoOutlineInEffectError($"Discipline '{discipline.Code}' has no {input.Kind} outline in effect today.", ["input", "kind"]));
        }

        if (InputChecks.ListSize(input.Lines.Count, 1, ListSizeRule.MaxDistributionLines, "lines", ["input", "lines"]) is { } sizeError)
        {
            errors.Add(sizeError);
            return errors;
        }

        CheckLines(input, outline, categories, creditPolicy, errors, lines);
        var total = new Credits(lines.Sum(l => l.CreditHundredths));
        if (activity is not null && errors.Count == 0 && total > activity.Credits)
        {
            errors.Add(new CreditsExceedActivityError($"The lines add up to {total} credits, more than the activity's {activity.Credits}.", ["input", "lines"]));
        }

        return errors;
    }

    private static void CheckLines(
        AssignCreditDistributionInput input, ContentOutline? outline, IReadOnlyList<ContentCategory> categories,
        CreditPolicy creditPolicy, List<UserError> errors, List<CreditAllocation> lines)
    {
        var byCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (credits, creditError) = creditPolicy.Check(line.Credits, ["input", "lines", index, "credits"]);
            errors.AddIfNotNull(creditError);
            if (!seen.Add(line.CategoryCode))
            {
                errors.Add(new InvalidValueError($"Category '{line.CategoryCode}' appears in more than one line.", "DUPLICATE_CATEGORY", ["input", "lines", index, "categoryCode"]));
            }
            else if (outline is not null && !byCode.ContainsKey(line.CategoryCode))
            {
                errors.Add(new UnknownReferenceError(
                    $"Category '{line.CategoryCode}' is not in the {outline.Kind} outline version {outline.Version}.", "UNKNOWN_CATEGORY", ["input", "lines", index, "categoryCode"]));
            }
            else if (outline is not null && creditError is null)
            {
                lines.Add(new CreditAllocation { CategoryId = byCode[line.CategoryCode].Id, CreditHundredths = credits.Hundredths, Ordinal = i });
            }
        }
    }
}
