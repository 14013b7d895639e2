using CeGraph.Api.Feed;
using CeGraph.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace CeGraph.Api.GraphQL.Changes;

public sealed class CatalogChangeQueries(CatalogChangeReader reader) : IQueryFields
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 1000;

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<CatalogChangesConnectionGraphType>>("catalogChanges")
            .Description("The durable change log as a cursor connection in commit order: follow it with `after` to mirror the catalog without re-reading it. " +
                         "Only entries about what the caller may see appear (the visibility rules of activities and requirements).")
            .Argument<StringGraphType>("after", "Return entries after this cursor; omit to start at the beginning of the log.")
            .Argument<IntGraphType>("first", $"How many entries (0..{MaxPageSize}; default {DefaultPageSize}).")
            .Argument<CatalogChangeFilterInputGraphType>("where", "Which entries.")
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument<int?>("first") ?? DefaultPageSize;
                if (first is < 0 or > MaxPageSize)
                {
                    throw new UserInputError($"`first` must be between 0 and {MaxPageSize}.");
                }

                var after = CatalogChangeCursor.Decode(ctx.GetArgument<string?>("after"), "after") ?? 0;
                var selection = CatalogChangeArguments.Selection(ctx, ctx.GetArgument<IDictionary<string, object?>?>("where"));
                var rows = await reader.ReadAsync(after, selection, first + 1, ctx.CancellationToken);
                var page = rows.Take(first).ToList();
                return new CatalogChangesPage(page, new PageInfo
                {
                    HasNextPage = rows.Count > first,
                    HasPreviousPage = after > 0,
                    StartCursor = page.Count > 0 ? CatalogChangeCursor.Encode(page[0].Position) : null,
                    EndCursor = page.Count > 0 ? CatalogChangeCursor.Encode(page[^1].Position) : null,
                });
            });
    }
}
