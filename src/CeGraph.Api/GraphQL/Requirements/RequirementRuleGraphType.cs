using System.Globalization;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementRuleGraphType : ObjectGraphType<RequirementRule>
{
    public RequirementRuleGraphType()
    {
        Name = "RequirementRule";
        Description = "One rule of a requirement.";
        Field<NonNullGraphType<RuleKindGraphType>>("kind").Description("What the rule counts.").Resolve(ctx => ctx.Source.Kind);
        Field<ContentCategoryGraphType>("category").Description("The category whose credits (and those below it) count; null for TOTAL_CREDITS.")
            .Resolve(ctx => ctx.Source.CategoryId is int id ? ctx.Loaders().Category(id) : null);
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("The credits required.")
            .Resolve(ctx => new Credits(ctx.Source.CreditHundredths).ToDecimal());
        Field<NonNullGraphType<StringGraphType>>("description").Description("The rule in words.")
            .Resolve(ctx => ctx.Source.CategoryId is int id
                ? ctx.Loaders().CategoryById.Load(id).Then(c => Describe(ctx.Source, c))
                : (object)Describe(ctx.Source, null));
    }

    public static string Describe(RequirementRule rule, ContentCategory? category)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var amount = new Credits(rule.CreditHundredths).ToDecimal();
        var credits = $"{amount.ToString("0.##", CultureInfo.InvariantCulture)} {(amount == 1m ? "credit" : "credits")}";
        return rule.Kind == RuleKind.TotalCredits
            ? $"At least {credits} in total."
            : $"At least {credits} in {category?.Name ?? "the category"} ({category?.Code}) or below it.";
    }
}
