using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementKindGraphType() : DescribedEnumGraphType<RequirementKind>("RequirementKind", "The kinds of requirement CeGraph evaluates.", new Dictionary<RequirementKind, string>
{
    [RequirementKind.StructuredEducation] = "Postprimary structured education: 16 credits reflecting the outline, at least 1 in each major category, within 24 months.",
    [RequirementKind.CqrPrescription] = "A CQR prescription: required credits in named subcategories of the CQR outline, between its issue and due dates.",
});
