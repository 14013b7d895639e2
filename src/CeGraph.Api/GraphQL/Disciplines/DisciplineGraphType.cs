using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Disciplines;

public sealed class DisciplineGraphType : ObjectGraphType<Discipline>
{
    public DisciplineGraphType(TimeProvider clock)
    {
        Name = "Discipline";
        Description = "An ARRT discipline (credential area), such as CT or MR, with its content outlines.";
        this.ImplementNode("Discipline", d => d.Id);
        Field(d => d.Code).Description("The discipline's code, e.g. `CT`.");
        Field(d => d.Name).Description("The discipline's name, e.g. `Computed Tomography`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathwayGraphType>>>>("pathways")
            .Description("The pathways the discipline is offered on (MR and VS are offered on both).")
            .Resolve(ctx => ctx.Source.Pathways.Order().ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentOutlineGraphType>>>>("outlines")
            .Description("Every outline of the discipline, of every kind and version, ordered by kind then effective date.")
            .Resolve(ctx => ctx.Loaders().OutlinesByDiscipline.Load(ctx.Source.Id).Then(o => o ?? []));
        Field<ContentOutlineGraphType>("outline")
            .Description("The version of the outline of this kind in effect on `asOf` (default: today, UTC); null when none is in effect.")
            .Argument<NonNullGraphType<OutlineKindGraphType>>("kind", "The kind of outline.")
            .Argument<IsoDateGraphType>("asOf", "The date the version must be in effect on; defaults to today (UTC).")
            .Resolve(ctx =>
            {
                var kind = ctx.GetArgument<OutlineKind>("kind");
                var asOf = ctx.GetArgument<DateOnly?>("asOf") ?? clock.UtcToday();
                return ctx.Loaders().OutlinesByDiscipline.Load(ctx.Source.Id).Then(o => OutlineVersions.InEffect(o ?? [], kind, asOf));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGraphType>>>>("requirements")
            .Description("The discipline's public requirements (the seeded structured-education requirement).")
            .Resolve(ctx => ctx.Loaders().PublicRequirementsByDiscipline.Load(ctx.Source.Id).Then(r => r ?? []));
    }
}
