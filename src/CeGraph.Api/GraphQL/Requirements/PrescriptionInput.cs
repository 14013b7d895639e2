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
