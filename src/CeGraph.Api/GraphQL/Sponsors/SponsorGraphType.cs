using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Sponsors;

public sealed class SponsorGraphType : ObjectGraphType<Sponsor>
{
    public SponsorGraphType(ActivityConnectionResolver activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        Name = "Sponsor";
        Description = "An organisation that offers CE activities.";
        this.ImplementNode("Sponsor", s => s.Id);
        Field(s => s.Code).Description("The sponsor's code, e.g. `ASRT`.");
        Field(s => s.Name).Description("The sponsor's name.");
        activities.AddConnectionField(this, "activities", "The sponsor's activities as a cursor connection (same paging, filtering and ordering as `Query.activities`).",
            ctx => ((Sponsor)ctx.Source!).Id);
    }
}
