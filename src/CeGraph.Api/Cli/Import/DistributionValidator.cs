using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.WriteRules;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>The distribution rules of the format: outline versions and categories exist, line credits are valid and sum to at most the activity's.</summary>
public static class DistributionValidator
{
    public static string? Check(
        IReadOnlyList<DistributionRecord?>? records,
        ActivityStatus status,
        Credits activityCredits,
        ImportLookups lookups,
        CreditRule creditRule,
        out IReadOnlyList<PendingDistribution> distributions)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        var result = new List<PendingDistribution>();
        distributions = result;
        records ??= [];
        if (status == ActivityStatus.Submitted && records.Count > 0)
        {
            return "a SUBMITTED activity cannot have distributions";
        }

        if (status == ActivityStatus.Distributed && records.Count == 0)
        {
            return "a DISTRIBUTED activity needs at least one distribution";
        }

        foreach (var record in records)
        {
            var reason = CheckOne(record, activityCredits, lookups, creditRule, out var distribution);
            if (reason is not null)
            {
                return reason;
            }

            if (result.Any(d => d.DisciplineId == distribution!.DisciplineId && d.Kind == distribution.Kind))
            {
                return $"two distributions for {record!.Discipline}/{record.Kind}";
            }

            result.Add(distribution!);
        }

        return null;
    }

    private static string? CheckOne(DistributionRecord? record, Credits activityCredits, ImportLookups lookups, CreditRule creditRule, out PendingDistribution? distribution)
    {
        distribution = null;
        if (record?.Discipline is not { } discipline || !lookups.Disciplines.Contains(discipline))
        {
            return $"unknown discipline '{record?.Discipline}'";
        }

        if (record.Kind is null || !DatasetNames.Kinds.TryGetValue(record.Kind, out var kind))
        {
            return $"distribution kind '{record.Kind}' is not one of {DatasetNames.Allowed(DatasetNames.Kinds)}";
        }

        var name = $"{discipline}/{record.Kind}/{record.Version}";
        if (record.Version is null || !lookups.Outlines.TryGetValue(new OutlineKey(discipline, kind, record.Version), out var outline))
        {
            return $"unknown outline {name}";
        }

        var lines = record.Lines ?? [];
        if (ListSizeRule.Check(lines.Count, 1, ListSizeRule.MaxDistributionLines, $"lines in the distribution for {name}") is { } sizeViolation)
        {
            return sizeViolation.Message;
        }

        var resolved = new List<(int CategoryId, long Hundredths)>(lines.Count);
        var total = Credits.Zero;
        foreach (var line in lines)
        {
            if (line?.Category is not { } category || !outline.CategoryIds.TryGetValue(category, out var categoryId))
            {
                return $"unknown category '{line?.Category}' in outline {name}";
            }

            if (resolved.Any(l => l.CategoryId == categoryId))
            {
                return $"category {category} appears twice in the distribution for {name}";
            }

            var reason = CreditsText.TryParse(line.Credits, $"credits of line {category}", creditRule, out var credits);
            if (reason is not null)
            {
                return reason;
            }

            total += credits;
            resolved.Add((categoryId, credits.Hundredths));
        }

        if (total > activityCredits)
        {
            return $"the lines for {name} sum to {total}, more than the activity's {activityCredits} credits";
        }

        distribution = new PendingDistribution(outline.DisciplineId, kind, outline.Id, resolved);
        return null;
    }
}
