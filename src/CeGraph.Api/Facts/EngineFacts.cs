using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Outlines;

namespace CeGraph.Api.Facts;

/// <summary>
/// The one mapping from store rows to the engine's facts. The loaders choose what to read (each query is shaped for its
/// caller); what a row means to the engine is decided here.
/// </summary>
public static class EngineFacts
{
    /// <summary>An outline version's category rows (any order; parents by id, all in <paramref name="categories"/>) as its tree.</summary>
    public static OutlineTree Outline(string disciplineCode, ContentOutline outline, IReadOnlyCollection<ContentCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(categories);
        var codeById = categories.ToDictionary(c => c.Id, c => c.Code);
        return new OutlineTree(disciplineCode, outline.Kind, outline.Version,
            categories.Select(c => new OutlineCategory(c.Code, c.Name, c.ParentId is int p ? codeById[p] : null, c.Level)));
    }

    /// <summary>
    /// A requirement row as the engine checks it, against its outline version's tree: <paramref name="rules"/> in rule order,
    /// their categories by id from <paramref name="categoriesById"/>.
    /// </summary>
    public static RequirementSpec Requirement(
        Requirement requirement, IReadOnlyList<RequirementRule> rules, OutlineTree outline, IReadOnlyDictionary<int, ContentCategory> categoriesById)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(categoriesById);
        var window = requirement.WindowMonths is int months
            ? CompletionWindow.Trailing(months)
            : new CompletionWindow(requirement.WindowStart, requirement.WindowEnd, null);
        return new RequirementSpec(requirement.Kind, outline,
            [.. rules.Select(r => new RuleSpec(r.Kind, r.CategoryId is int id ? categoriesById[id].Code : null, new Credits(r.CreditHundredths)))], window);
    }

    /// <summary>An activity as the engine screens it: its code, its credits (stored in hundredths), status, expiry and distributions.</summary>
    public static ActivityFact Activity(string code, long creditHundredths, ActivityStatus status, DateOnly? expiresOn, IEnumerable<DistributionFact> distributions) =>
        new(code, new Credits(creditHundredths), status, expiresOn, [.. distributions]);

    /// <summary>
    /// One distribution as the engine counts it: the discipline, outline kind and version it was assigned against, and its lines
    /// (category code, credits in hundredths) in line order.
    /// </summary>
    public static DistributionFact Distribution(
        string disciplineCode, OutlineKind kind, string outlineVersion, IEnumerable<(string CategoryCode, long CreditHundredths)> lines) =>
        new(disciplineCode, kind, outlineVersion, [.. lines.Select(l => new LineFact(l.CategoryCode, new Credits(l.CreditHundredths)))]);
}
