using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.WriteRules;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class SubmitActivityInput
{
    public string Code { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string SponsorCode { get; set; } = string.Empty;

    public decimal Credits { get; set; }

    public CeCategory CeCategory { get; set; }

    public DateOnly ApprovedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}

public sealed class SubmitActivityInputGraphType : InputObjectGraphType<SubmitActivityInput>
{
    public SubmitActivityInputGraphType(CreditRule creditRule)
    {
        ArgumentNullException.ThrowIfNull(creditRule);
        Name = "SubmitActivityInput";
        Description = "A new CE activity, submitted by its sponsor for review.";
        Field(x => x.Code).Description($"A new, unique activity code (letters, digits, '.', '_', '-'; at most {CodeRule.MaxLength}).");
        Field(x => x.Title).Description($"The title (at most {TextRule.MaxTitleLength} characters).");
        Field(x => x.SponsorCode).Description("The sponsor's code; a SPONSOR key may only submit for its own sponsor.");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description($"The CE credits: greater than 0, a multiple of the credit increment ({creditRule.Increment}).");
        Field<NonNullGraphType<CeCategoryGraphType>>("ceCategory").Description("The CE category of the approval.");
        Field<NonNullGraphType<IsoDateGraphType>>("approvedOn").Description("The day the CE approval started.");
        Field<IsoDateGraphType>("expiresOn").Description("The last day the approval is valid; not before `approvedOn`. Omit when it does not expire.");
    }
}
