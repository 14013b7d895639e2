using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class PrescriptionInputGraphType : InputObjectGraphType<PrescriptionInput>
{
    public PrescriptionInputGraphType()
    {
        Name = "PrescriptionInput";
        Description = "A CQR prescription given inline: required credits in subcategories of the discipline's CQR outline in effect on `issuedOn`.";
        PrescriptionFields.Add(this);
    }
}
