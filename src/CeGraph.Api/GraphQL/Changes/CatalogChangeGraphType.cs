using CeGraph.Api.Data.ChangeLog;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Feed;
using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Changes;

public sealed class CatalogChangeGraphType : ObjectGraphType<CatalogChange>
{
    public CatalogChangeGraphType()
    {
        Name = "CatalogChange";
        Description = "One entry of the change log, in commit order. Apply entries by `eventId` at most once; resume after `cursor`.";
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The entry's stable id: the same entry always has the same id, on every node and every read.")
            .Resolve(ctx => ctx.Source.EventId.ToString("D"));
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to `catalogChanges` or `catalogChanged` to continue after this entry.")
            .Resolve(ctx => CatalogChangeCursor.Encode(ctx.Source.Position));
        Field<NonNullGraphType<CatalogChangeKindGraphType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was committed (UTC, the writer's clock).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.OccurredAt, DateTimeKind.Utc));
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The global id of the changed entity (`node(id:)` reads it as the caller may see it now).")
            .Resolve(ctx => GlobalId.Encode(ctx.Source.EntityType, ctx.Source.EntityId));
        Field<NonNullGraphType<StringGraphType>>("entityType").Description("The changed entity's type: Activity, CreditDistribution, ContentOutline or Requirement.")
            .Resolve(ctx => ctx.Source.EntityType);
        Field<StringGraphType>("activityCode").Description("The activity concerned, for activity and distribution changes.").Resolve(ctx => ctx.Source.ActivityCode);
        Field<StringGraphType>("sponsorCode").Description("The sponsor of the activity concerned.").Resolve(ctx => ctx.Source.SponsorCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("disciplineCodes")
            .Description("The disciplines the change touches (an activity's distributed disciplines, an outline's or requirement's discipline).")
            .Resolve(ctx => (ctx.Source.DisciplineCodes ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries));
        Field<ActivityStatusGraphType>("statusBefore").Description("The activity's status before the change; null for a new activity or a non-activity entry.")
            .Resolve(ctx => ctx.Source.StatusBefore);
        Field<ActivityStatusGraphType>("statusAfter").Description("The activity's status after the change.").Resolve(ctx => ctx.Source.StatusAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeGraphType>>>>("changes").Description("What changed, field by field.")
            .Resolve(ctx =>
            {
                var changes = CatalogChanges.Deserialise(ctx.Source.Changes);
                return CatalogChangeVisibility.SeesDetails(ctx.Caller(), ctx.Source) ? changes : [.. changes.Where(c => c.Field != "rejectionReason")];
            });
    }
}
