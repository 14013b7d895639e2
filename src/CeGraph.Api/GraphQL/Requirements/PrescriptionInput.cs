using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.WriteRules;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>A CQR prescription: required credits in named subcategories of the discipline's CQR outline.</summary>
public class PrescriptionInput
{
    public string DisciplineCode { get; set; } = string.Empty;

    public DateOnly IssuedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public List<PrescriptionItemInput> Items { get; set; } = [];
}

public sealed class PrescriptionItemInput
{
    public string CategoryCode { get; set; } = string.Empty;

    public decimal Credits { get; set; }
}

public sealed class IssueCqrPrescriptionInput : PrescriptionInput
{
    public string LearnerRef { get; set; } = string.Empty;
}

public sealed class PrescriptionInputGraphType : InputObjectGraphType<PrescriptionInput>
{
    public PrescriptionInputGraphType()
    {
        Name = "PrescriptionInput";
        Description = "A CQR prescription given inline: required credits in subcategories of the discipline's CQR outline in effect on `issuedOn`.";
        PrescriptionFields.Add(this);
    }
}

public sealed class IssueCqrPrescriptionInputGraphType : InputObjectGraphType<IssueCqrPrescriptionInput>
{
    public IssueCqrPrescriptionInputGraphType()
    {
        Name = "IssueCqrPrescriptionInput";
        Description = "A CQR prescription to issue for one learner after the structured self-assessment.";
        Field(x => x.LearnerRef).Description("Your reference for the learner (at most 200 characters); CeGraph stores no other personal data.");
        PrescriptionFields.Add(this);
    }
}

public sealed class PrescriptionItemInputGraphType : InputObjectGraphType<PrescriptionItemInput>
{
    public PrescriptionItemInputGraphType(CreditRule creditRule)
    {
        ArgumentNullException.ThrowIfNull(creditRule);
        Name = "PrescriptionItemInput";
        Description = "Credits required in one subcategory.";
        Field(x => x.CategoryCode).Description("A subcategory code of the CQR outline, e.g. `IP.1`.");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description($"Credits required: greater than 0, a multiple of the credit increment ({creditRule.Increment}).");
    }
}

internal static class PrescriptionFields
{
    public static void Add<T>(InputObjectGraphType<T> type)
        where T : PrescriptionInput
    {
        type.Field(x => x.DisciplineCode).Description("The discipline's code, e.g. `CT`.");
        type.Field<NonNullGraphType<IsoDateGraphType>>("issuedOn").Description("The day the prescription was issued; completions count from this day.");
        type.Field<NonNullGraphType<IsoDateGraphType>>("dueOn").Description("The last day completions count; not before `issuedOn`.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrescriptionItemInputGraphType>>>>("items")
            .Description($"The prescribed subcategories: 1 to {ListSizeRule.MaxPrescriptionItems}, each at most once.");
    }
}
