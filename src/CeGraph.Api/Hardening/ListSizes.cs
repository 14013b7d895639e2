using System.Collections;
using System.Collections.Frozen;
using CeGraph.Api.GraphQL.Activities;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CeGraph.Api.Hardening;

/// <summary>
/// How many items each list field is taken to hold, in the spirit of the IBM GraphQL cost specification's
/// <c>@listSize(assumedSize:, slicingArguments:)</c>: connections are sliced by <c>first</c>/<c>last</c> (at most
/// <see cref="ActivityPageRequest.MaxPageSize"/>), <c>nodes(ids:)</c> by its ids, introspection lists by what this schema
/// really holds, and the catalog's small lists by the assumed sizes below. Category trees are costed as trees: at any
/// depth an outline has at most <see cref="CategoriesPerOutline"/> categories, so the first category list of a chain
/// (<c>categories</c>, <c>allCategories</c>, a lone category's <c>children</c>) counts that many and each <c>children</c>
/// directly below a category list counts ×1 — four levels of <c>children</c> cost five times an outline, not 50⁵.
/// </summary>
public static class ListSizes
{
    /// <summary>Assumed most categories in one outline, at all levels together (ARRT's outlines have 3–12 today).</summary>
    public const int CategoriesPerOutline = 50;

    private const string CategoryType = "ContentCategory";

    /// <summary>Assumed sizes of the catalog's plain lists, keyed <c>Type.field</c>.</summary>
    public static readonly FrozenDictionary<string, int> Assumed = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Query.disciplines"] = 20, // ARRT has 15 disciplines
        ["Discipline.outlines"] = 6, // three kinds, and a few versions of each
        ["Discipline.requirements"] = 10,
        ["ContentOutline.categories"] = CategoriesPerOutline,
        ["ContentOutline.allCategories"] = CategoriesPerOutline,
        ["ContentCategory.children"] = CategoriesPerOutline,
        ["ContentCategory.path"] = 6, // an outline is a few levels deep
        ["CoverageReport.categories"] = CategoriesPerOutline,
        ["CoverageReport.uncoveredCategories"] = CategoriesPerOutline,
        ["Activity.distributions"] = 4, // one per discipline and outline kind the activity counts for
        ["CreditDistribution.lines"] = 6, // a few categories per distribution
        ["Requirement.rules"] = 10,
        ["FulfillmentCheck.rules"] = 10,
        ["FulfillmentCheck.completions"] = 1000, // the input cap of `completions`
        ["FulfillmentCheck.ignored"] = 1000,
        ["RuleResult.contributions"] = 100,
        ["FulfillmentPlan.activities"] = 100,
        ["FulfillmentPlan.rules"] = 10,
        ["FulfillmentPlan.shortfalls"] = 10,
        ["PlannedActivity.helps"] = 10,
        ["PlannedCheck.rules"] = 10,
        ["PlannedCheck.ignored"] = 100,
        ["PlannedRuleResult.contributions"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Category lists below which a <c>children</c> list adds no more categories per level than the outline has.</summary>
    private static readonly FrozenSet<string> CategoryLists =
        new[] { "categories", "allCategories", "children", "uncoveredCategories" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The number of items <paramref name="context"/>'s field is costed at, or null when it is not one of these lists.</summary>
    public static double? For(FieldImpactContext context)
    {
        var parentName = context.ParentType?.Name;
        var fieldName = context.FieldDefinition.Name;
        if (parentName is null)
        {
            return null;
        }

        if (parentName.StartsWith("__", StringComparison.Ordinal))
        {
            return IntrospectionListSizes.Of(context.ValidationContext.Schema).For(parentName, fieldName);
        }

        if (parentName == "Query" && fieldName == "nodes")
        {
            return context.GetArgument<object?>("ids") is ICollection ids ? ids.Count : null;
        }

        if (parentName == CategoryType && fieldName == "children" && context.Parent is { } parent && IsCategoryList(parent.FieldDefinition))
        {
            return 1;
        }

        return Assumed.TryGetValue($"{parentName}.{fieldName}", out var size) ? size : null;
    }

    private static bool IsCategoryList(FieldType field) =>
        CategoryLists.Contains(field.Name) && field.ResolvedType?.GetNamedType()?.Name == CategoryType;
}
