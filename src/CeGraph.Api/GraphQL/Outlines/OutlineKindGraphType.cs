using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Outlines;

public sealed class OutlineKindGraphType() : DescribedEnumGraphType<OutlineKind>("OutlineKind", "What a content outline is for.", new Dictionary<OutlineKind, string>
{
    [OutlineKind.Examination] = "The examination content specifications.",
    [OutlineKind.StructuredEducation] = "The structured-education requirements document of the postprimary pathway.",
    [OutlineKind.CqrSsa] = "The content outline of the CQR structured self-assessment, whose subcategories CQR prescriptions name.",
});
