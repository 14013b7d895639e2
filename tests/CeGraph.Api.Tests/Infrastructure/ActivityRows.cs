using System.Text.Json.Nodes;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>One activity as the API returns it, flattened for in-test filtering, sorting and summing.</summary>
public sealed record ActivityRow(
    int Position,
    string Code,
    string Title,
    string SponsorCode,
    decimal Credits,
    string Status,
    string CeCategory,
    string ApprovedOn,
    string? ExpiresOn,
    IReadOnlyList<DistributionRow> Distributions);

public sealed record DistributionRow(string DisciplineCode, string Kind, IReadOnlyList<(string CategoryCode, decimal Credits)> Lines);

/// <summary>Reads every activity through the API (default order, pages of 100): the reference that tests compute expectations from.</summary>
public static class ActivityRows
{
    public const string Selection = """
        code title credits status ceCategory approvedOn expiresOn sponsor { code }
        distributions { discipline { code } kind lines { credits category { code } } }
        """;

    public static async Task<IReadOnlyList<ActivityRow>> LoadAllAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var rows = new List<ActivityRow>();
        string? after = null;
        while (true)
        {
            var data = await client.DataAsync(
                $"query($after: String) {{ activities(first: 100, after: $after) {{ nodes {{ {Selection} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after });
            var connection = data["activities"]!;
            var offset = rows.Count;
            rows.AddRange(connection["nodes"]!.AsArray().Select((n, i) => Parse(n!, offset + i)));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return rows;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static ActivityRow Parse(JsonNode node, int offset)
    {
        var distributions = node["distributions"]!.AsArray().Select(d => new DistributionRow(
            d!["discipline"]!["code"]!.GetValue<string>(),
            d["kind"]!.GetValue<string>(),
            [.. d["lines"]!.AsArray().Select(l => (l!["category"]!["code"]!.GetValue<string>(), l["credits"]!.GetValue<decimal>()))])).ToArray();
        return new ActivityRow(
            offset,
            node["code"]!.GetValue<string>(),
            node["title"]!.GetValue<string>(),
            node["sponsor"]!["code"]!.GetValue<string>(),
            node["credits"]!.GetValue<decimal>(),
            node["status"]!.GetValue<string>(),
            node["ceCategory"]!.GetValue<string>(),
            node["approvedOn"]!.GetValue<string>(),
            node["expiresOn"]?.GetValue<string>(),
            distributions);
    }
}
