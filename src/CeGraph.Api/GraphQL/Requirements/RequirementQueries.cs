using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<RequirementGraphType>("requirement")
            .Description("The requirement with this global id, or null when there is none or the caller may not see it (prescriptions: ADMIN, REVIEWER and the issuing key).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The requirement's global id.")
            .Resolve(ctx =>
            {
                var caller = ctx.Caller();
                return GlobalId.TryDecode(ctx.GetArgument<string>("id"), "Requirement") is int key
                    ? ctx.Loaders().RequirementById.Load(key).Then(r => r is not null && RequirementVisibility.CanSee(caller, r) ? r : null)
                    : null;
            });
        query.Field<FulfillmentCheckGraphType>("fulfillmentCheck")
            .Description("A stored fulfillment check (PARTNER and above): only the key that made it and ADMIN can read it; null otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The check's global id.")
            .Resolve(ctx =>
            {
                var caller = ctx.Require(ApiRole.Partner);
                return GlobalId.TryDecode(ctx.GetArgument<string>("id"), "FulfillmentCheck") is int key
                    ? ctx.Loaders().FulfillmentCheckById.Load(key).Then(c => c is not null && CheckVisibility.CanSee(caller, c) ? FulfillmentCheckView.From(c) : null)
                    : null;
            });
    }
}
