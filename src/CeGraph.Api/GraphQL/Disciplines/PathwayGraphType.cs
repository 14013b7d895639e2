using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Disciplines;

public sealed class PathwayGraphType() : DescribedEnumGraphType<Pathway>("Pathway", "The route by which a credential is earned.", new Dictionary<Pathway, string>
{
    [Pathway.Primary] = "A first ARRT credential, earned through an accredited educational program.",
    [Pathway.Postprimary] = "A credential built on a supporting one, earned through structured education and clinical experience.",
});
