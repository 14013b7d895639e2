using CeGraph.Api.Cli.Dataset;
using CeGraph.Domain.Outlines;

namespace CeGraph.Api.Cli.Import;

/// <summary>Checks outlines.json as a whole before anything is written: it is imported entirely or not at all.</summary>
public static class OutlineCatalogValidator
{
    public static IReadOnlyList<string> Validate(OutlinesDocument document, IReadOnlySet<string> disciplinesInDatabase)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(disciplinesInDatabase);
        var problems = new List<string>();
        var disciplineCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (discipline, i) in (document.Disciplines ?? []).Select((d, i) => (d, i)))
        {
            var where = $"disciplines[{i}]";
            Add(problems, where, FieldLimits.Check(discipline?.Code, "code", FieldLimits.DisciplineCode));
            Add(problems, where, FieldLimits.Check(discipline?.Name, "name", FieldLimits.DisciplineName));
            if (discipline?.Code is { } code && !disciplineCodes.Add(code))
            {
                problems.Add($"{where}: discipline {code} appears twice");
            }

            var pathways = discipline?.Pathways ?? [];
            // Empty is allowed: the seeded outlines include a discipline offered on no pathway of its own, and export writes it.
            if (pathways.Any(p => !DatasetNames.Pathways.ContainsKey(p)) || pathways.Distinct(StringComparer.Ordinal).Count() != pathways.Count)
            {
                problems.Add($"{where}: pathways must be distinct values of {DatasetNames.Allowed(DatasetNames.Pathways)}");
            }
        }

        var sponsorCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sponsor, i) in (document.Sponsors ?? []).Select((s, i) => (s, i)))
        {
            Add(problems, $"sponsors[{i}]", FieldLimits.Check(sponsor?.Code, "code", FieldLimits.SponsorCode));
            Add(problems, $"sponsors[{i}]", FieldLimits.Check(sponsor?.Name, "name", FieldLimits.SponsorName));
            if (sponsor?.Code is { } code && !sponsorCodes.Add(code))
            {
                problems.Add($"sponsors[{i}]: sponsor {code} appears twice");
            }
        }

        var outlineKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (outline, i) in (document.Outlines ?? []).Select((o, i) => (o, i)))
        {
            var where = $"outlines[{i}] ({outline?.Discipline}/{outline?.Kind}/{outline?.Version})";
            ValidateOutline(outline, where, disciplineCodes, disciplinesInDatabase, problems);
            if (!outlineKeys.Add($"{outline?.Discipline}/{outline?.Kind}/{outline?.Version}"))
            {
                problems.Add($"{where}: appears twice");
            }
        }

        return problems;
    }

    private static void ValidateOutline(
        OutlineRecord? outline, string where, HashSet<string> inFile, IReadOnlySet<string> inDatabase, List<string> problems)
    {
        if (outline is null)
        {
            problems.Add($"{where}: is null");
            return;
        }

        if (outline.Discipline is not { } discipline || (!inFile.Contains(discipline) && !inDatabase.Contains(discipline)))
        {
            problems.Add($"{where}: unknown discipline '{outline.Discipline}'");
        }

        if (outline.Kind is null || !DatasetNames.Kinds.ContainsKey(outline.Kind))
        {
            problems.Add($"{where}: kind must be one of {DatasetNames.Allowed(DatasetNames.Kinds)}");
        }

        Add(problems, where, FieldLimits.Check(outline.Version, "version", FieldLimits.OutlineVersion));
        if (outline.EffectiveUntil < outline.EffectiveFrom)
        {
            problems.Add($"{where}: effectiveUntil is before effectiveFrom");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in CategoryNesting.Flatten(outline.Categories, c => c.Children))
        {
            Add(problems, where, FieldLimits.Check(category.Category.Code, "category code", FieldLimits.CategoryCode));
            Add(problems, where, FieldLimits.Check(category.Category.Name, $"category {category.Category.Code} name", FieldLimits.CategoryName));
            if (category.Category.ExamItems < 0)
            {
                problems.Add($"{where}: category {category.Category.Code} has negative examItems");
            }

            if (category.Category.Code is { } code && !codes.Add(code))
            {
                problems.Add($"{where}: category {code} appears twice");
            }
        }
    }

    private static void Add(List<string> problems, string where, string? problem)
    {
        if (problem is not null)
        {
            problems.Add($"{where}: {problem}");
        }
    }
}
