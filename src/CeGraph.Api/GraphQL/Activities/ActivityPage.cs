using CeGraph.Api.Data.Entities;
using GraphQL.Types.Relay.DataObjects;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>One page of a connection. <see cref="CountAsync"/> runs only when a client selects <c>totalCount</c>.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityEdge> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync);

public sealed record ActivityEdge(string Cursor, Activity Node);
