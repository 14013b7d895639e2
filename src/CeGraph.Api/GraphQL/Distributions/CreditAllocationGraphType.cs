using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class CreditAllocationGraphType : ObjectGraphType<CreditAllocation>
{
    public CreditAllocationGraphType()
    {
        Name = "CreditAllocation";
        Description = "One line of a credit distribution: credits in one category.";
        Field<NonNullGraphType<ContentCategoryGraphType>>("category").Description("The category the credits are assigned to.")
            .Resolve(ctx => ctx.Loaders().Category(ctx.Source.CategoryId));
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("The credits assigned to the category (exact decimal).")
            .Resolve(ctx => new Credits(ctx.Source.CreditHundredths).ToDecimal());
    }
}
