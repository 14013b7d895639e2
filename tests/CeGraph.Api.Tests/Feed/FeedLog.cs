using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Feed;

/// <summary>Reading the change log through <c>catalogChanges</c>, for the feed delivery tests.</summary>
public static class FeedLog
{
    private const string Page = """
        query($after: String, $first: Int, $where: CatalogChangeFilterInput) {
          catalogChanges(after: $after, first: $first, where: $where) { pageInfo { hasNextPage endCursor } edges { node { eventId cursor kind activityCode } } }
        }
        """;

    /// <summary>One page after <paramref name="after"/>: its entries, its end cursor (or <paramref name="after"/> when empty) and whether more follow.</summary>
    public static async Task<(List<JsonNode> Entries, string? EndCursor, bool HasNextPage)> PageAsync(GraphQLClient client, string? after, int first, object? where = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var connection = (await client.DataAsync(Page, new { after, first, where }))["catalogChanges"]!;
        var entries = connection["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        return (entries, connection["pageInfo"]!["endCursor"]?.GetValue<string>() ?? after, connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    public static async Task<List<JsonNode>> ReadAllAsync(GraphQLClient client, string? after, object? where = null)
    {
        var entries = new List<JsonNode>();
        for (var page = 0; page < 1000; page++)
        {
            var (batch, end, more) = await PageAsync(client, after, 1000, where);
            entries.AddRange(batch);
            after = end;
            if (!more)
            {
                return entries;
            }
        }

        throw new InvalidOperationException("The log did not end within 1000 pages.");
    }

    /// <summary>The cursor of the last entry (null for an empty log): subscribing after it replays nothing older.</summary>
    public static async Task<string?> EndCursorAsync(GraphQLClient client) =>
        (await ReadAllAsync(client, null)).LastOrDefault()?["cursor"]?.GetValue<string>();

    public static string? Code(JsonNode? message) => message?["payload"]?["data"]?["catalogChanged"]?["activityCode"]?.GetValue<string>();
}
