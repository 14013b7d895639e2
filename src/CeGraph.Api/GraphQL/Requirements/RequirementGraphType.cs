using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Disciplines;
using CeGraph.Api.GraphQL.Outlines;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementGraphType : ObjectGraphType<Requirement>
{
    public RequirementGraphType()
    {
        Name = "Requirement";
        Description = "A requirement stated against one outline version: its rules and the window in which completions count.";
        this.ImplementNode("Requirement", r => r.Id);
        Field<NonNullGraphType<RequirementKindGraphType>>("kind").Description("The kind of requirement.").Resolve(ctx => ctx.Source.Kind);
        Field(r => r.Name).Description("A human-readable name.");
        Field<NonNullGraphType<DisciplineGraphType>>("discipline").Description("The discipline the requirement is for.")
            .Resolve(ctx => ctx.Loaders().DisciplineById.Load(ctx.Source.DisciplineId));
        Field<NonNullGraphType<ContentOutlineGraphType>>("outline").Description("The outline version the rules are stated against.")
            .Resolve(ctx => ctx.Loaders().FromOutline(ctx.Source.OutlineId, s => s?.Outline));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementRuleGraphType>>>>("rules")
            .Description("Every rule; the requirement is fulfilled when all are satisfied.")
            .Resolve(ctx => ctx.Source.Rules.OrderBy(r => r.Ordinal).ToArray());
        Field<IsoDateGraphType>("windowStart").Description("First day completions count (CQR prescriptions: the issue date); null for a trailing window.")
            .Resolve(ctx => ctx.Source.WindowStart);
        Field<IsoDateGraphType>("windowEnd").Description("Last day completions count (CQR prescriptions: the due date); null for a trailing window.")
            .Resolve(ctx => ctx.Source.WindowEnd);
        Field(r => r.WindowMonths, nullable: true).Description("For a trailing window: completions count within this many months before `asOf` (24 for structured education).");
        Field(r => r.LearnerRef, nullable: true).Description("The learner a CQR prescription was issued for (the caller's own reference); null for public requirements.");
    }
}
