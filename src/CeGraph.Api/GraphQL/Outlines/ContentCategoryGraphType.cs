using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Outlines;

public sealed class ContentCategoryGraphType : ObjectGraphType<ContentCategory>
{
    public ContentCategoryGraphType()
    {
        Name = "ContentCategory";
        Description = "A category of an outline version: a major content category (level 1), a subcategory, or a topic below it.";
        this.ImplementNode("ContentCategory", c => c.Id);
        Field(c => c.Code).Description("The category's code, unique within the outline version and stable across versions (e.g. `PC`, `PC.1`).");
        Field(c => c.Name).Description("The category's name as the outline states it.");
        Field(c => c.Level).Description("Depth in the tree: 1 = major content category, 2 = subcategory, 3 = topic.");
        Field(c => c.ExamItems, nullable: true).Description("Scored examination items in this category (examination outlines only); null when not published.");
        Field<ContentCategoryGraphType>("parent")
            .Description("The category directly above this one; null for a major category.")
            .Resolve(ctx => ctx.Source.ParentId is int parentId ? ctx.Loaders().Category(parentId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentCategoryGraphType>>>>("children")
            .Description("The categories directly below this one, in document order.")
            .Resolve(ctx => ctx.Loaders().FromOutline(ctx.Source.OutlineId, s => s?.ChildrenOf(ctx.Source.Id) ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentCategoryGraphType>>>>("path")
            .Description("The categories from the major category down to this one, this one included.")
            .Resolve(ctx =>
            {
                var category = ctx.Source;
                return ctx.Loaders().FromOutline(category.OutlineId, s => s?.PathTo(category) ?? [category]);
            });
        Field<NonNullGraphType<ContentOutlineGraphType>>("outline")
            .Description("The outline version the category belongs to.")
            .Resolve(ctx => ctx.Loaders().FromOutline(ctx.Source.OutlineId, s => s?.Outline));
    }
}
