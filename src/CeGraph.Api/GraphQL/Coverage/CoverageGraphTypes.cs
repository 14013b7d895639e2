using CeGraph.Api.GraphQL.Disciplines;
using CeGraph.Api.GraphQL.Outlines;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Coverage;

public sealed class CoverageReportGraphType : ObjectGraphType<CoverageReport>
{
    public CoverageReportGraphType()
    {
        Name = "CoverageReport";
        Description = "How a set of activities (a sponsor's catalog, a list of codes, or the whole catalog) covers one outline: credits and activity counts per category.";
        Field<NonNullGraphType<DisciplineGraphType>>("discipline").Description("The discipline.").Resolve(ctx => ctx.Source.Discipline);
        Field<NonNullGraphType<ContentOutlineGraphType>>("outline").Description("The outline version reported on (the one in effect today).").Resolve(ctx => ctx.Source.Outline);
        Field<NonNullGraphType<DecimalGraphType>>("totalCredits").Description("All credits distributed to this discipline and outline kind.")
            .Resolve(ctx => ctx.Source.TotalCredits.ToDecimal());
        Field<NonNullGraphType<IntGraphType>>("activityCount").Description("Activities with a distribution for this discipline and outline kind.").Resolve(ctx => ctx.Source.ActivityCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryCoverageGraphType>>>>("categories")
            .Description("Every category of the outline at every level, in document order, zero ones included.").Resolve(ctx => ctx.Source.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentCategoryGraphType>>>>("uncoveredCategories")
            .Description("The categories no activity in the set has credits in (at or below them), in document order.")
            .Resolve(ctx => ctx.Source.Categories.Where(c => c.ActivityCount == 0).Select(c => c.Category).ToArray());
    }
}

public sealed class CategoryCoverageGraphType : ObjectGraphType<CategoryCoverage>
{
    public CategoryCoverageGraphType()
    {
        Name = "CategoryCoverage";
        Description = "One category's coverage.";
        Field<NonNullGraphType<ContentCategoryGraphType>>("category").Description("The category.").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("Credits of distribution lines in this category or below it.").Resolve(ctx => ctx.Source.Credits.ToDecimal());
        Field<NonNullGraphType<IntGraphType>>("activityCount").Description("Activities with at least one line in this category or below it.").Resolve(ctx => ctx.Source.ActivityCount);
    }
}
