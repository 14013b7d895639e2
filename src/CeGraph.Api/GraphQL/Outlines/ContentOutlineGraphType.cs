using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Disciplines;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Outlines;

public sealed class ContentOutlineGraphType : ObjectGraphType<ContentOutline>
{
    public ContentOutlineGraphType()
    {
        Name = "ContentOutline";
        Description = "One version of a discipline's content outline of one kind: a tree of categories. A published version never changes.";
        this.ImplementNode("ContentOutline", o => o.Id);
        Field<NonNullGraphType<DisciplineGraphType>>("discipline")
            .Description("The discipline the outline belongs to.")
            .Resolve(ctx => ctx.Loaders().DisciplineById.Load(ctx.Source.DisciplineId));
        Field<NonNullGraphType<OutlineKindGraphType>>("kind").Description("What the outline is for.").Resolve(ctx => ctx.Source.Kind);
        Field(o => o.Version).Description("The version label: the month the version took effect (e.g. `2016-01`), or `current` when the source states none.");
        Field<IsoDateGraphType>("effectiveFrom").Description("The first day the version is in effect; null when the source does not say.").Resolve(ctx => ctx.Source.EffectiveFrom);
        Field<IsoDateGraphType>("effectiveUntil").Description("The last day the version is in effect; null while it is current.").Resolve(ctx => ctx.Source.EffectiveUntil);
        Field(o => o.Source, nullable: true).Description("Where the outline was transcribed from, for seeded outlines.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentCategoryGraphType>>>>("categories")
            .Description("The major content categories (level 1), in document order.")
            .Resolve(ctx => ctx.Loaders().FromOutline(ctx.Source.Id, s => s?.Majors ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentCategoryGraphType>>>>("allCategories")
            .Description("Every category of the outline at every level, in document order (a flattened tree).")
            .Resolve(ctx => ctx.Loaders().FromOutline(ctx.Source.Id, s => s?.Categories ?? []));
        Field<ContentCategoryGraphType>("category")
            .Description("The category with this code at any level of the tree, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The category code, e.g. `IP.1`; matched exactly.")
            .Resolve(ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return ctx.Loaders().FromOutline(ctx.Source.Id, s => s?.Categories.FirstOrDefault(x => x.Code == code));
            });
    }
}
