using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The server is killed with SIGKILL in the middle of a burst of mutations, then started again on the same SQLite file:
/// every acknowledged write is there, and every activity is whole (submitted with no distribution, or distributed with
/// exactly the lines that were sent) or absent. The import CLI's half is <see cref="CrashSafeImportTests"/>.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const string Prefix = "CRASH-";
    private readonly string databasePath = Path.Combine(CeGraphAppFactory.DatabaseFolder, $"crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Server_KilledMidBurst_LosesNoAcknowledgedWriteAndLeavesNoPartialActivity()
    {
        Directory.CreateDirectory(CeGraphAppFactory.DatabaseFolder);
        var environment = new Dictionary<string, string> { ["CEGRAPH_ADMIN_KEY"] = TestKeys.Admin, ["RateLimiting__Enabled"] = "false" };
        var submitted = new ConcurrentDictionary<string, bool>();
        var distributed = new ConcurrentDictionary<string, Line[]>();
        var sent = new ConcurrentDictionary<string, Line[]>();

        using (var server = await ServerProcess.StartAsync(databasePath, environment))
        {
            using var http = Http(server);
            var facts = await CatalogFacts.ReadAsync(new GraphQLClient(http) { ApiKey = TestKeys.Admin });
            using var stop = new CancellationTokenSource();
            var plenty = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Acknowledged()
            {
                if (distributed.Count >= 60)
                {
                    plenty.TrySetResult();
                }
            }

            var workers = Enumerable.Range(0, 8).Select(w => Task.Run(() => BurstAsync(http, facts, w, submitted, distributed, sent, Acknowledged, stop.Token))).ToArray();

            // Let the burst run until plenty is acknowledged (at most 20 s: then with what there is), then kill the process
            // while requests are in flight.
            try
            {
                await plenty.Task.WaitAsync(TimeSpan.FromSeconds(20));
            }
            catch (TimeoutException)
            {
                // A slow machine: kill it with what was acknowledged so far (at least one, asserted below).
            }

            server.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            output.WriteLine($"Killed after {submitted.Count} acknowledged submissions and {distributed.Count} acknowledged distributions.");
            Assert.False(distributed.IsEmpty, "the burst acknowledged nothing before the kill:\n" + server.Output);
        }

        Assert.Equal("ok", await IntegrityCheckAsync());
        using var restarted = await ServerProcess.StartAsync(databasePath, environment);
        using var reader = new GraphQLClient(Http(restarted)) { ApiKey = TestKeys.Admin };
        var stored = await ReadOurActivitiesAsync(reader);

        foreach (var code in submitted.Keys)
        {
            Assert.True(stored.ContainsKey(code), $"acknowledged submission {code} was lost");
        }

        foreach (var (code, lines) in distributed)
        {
            Assert.True(stored.TryGetValue(code, out var activity) && activity.Status == "DISTRIBUTED", $"acknowledged distribution of {code} was lost");
            Assert.Equal(Normalize(lines), activity.Lines);
        }

        foreach (var (code, activity) in stored)
        {
            if (activity.Status == "SUBMITTED")
            {
                Assert.Equal(0, activity.DistributionCount);
                continue;
            }

            Assert.Equal("DISTRIBUTED", activity.Status);
            Assert.Equal(1, activity.DistributionCount);
            Assert.Equal(Normalize(sent[code]), activity.Lines);
            Assert.Equal(activity.Lines.Sum(l => l.Credits), activity.TotalCredits);
        }

        output.WriteLine($"After the restart: {stored.Count} activities, {stored.Values.Count(a => a.Status == "DISTRIBUTED")} distributed.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            File.Delete(databasePath + suffix);
        }
    }

    private static HttpClient Http(ServerProcess server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>One writer: submit an activity, then distribute it; record each write only once the server acknowledged it.</summary>
    private static async Task BurstAsync(
        HttpClient http, CatalogFacts facts, int worker,
        ConcurrentDictionary<string, bool> submitted, ConcurrentDictionary<string, Line[]> distributed, ConcurrentDictionary<string, Line[]> sent,
        Action acknowledged, CancellationToken stop)
    {
        var client = new GraphQLClient(http) { ApiKey = TestKeys.Admin };
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var code = $"{Prefix}{worker}-{i:0000}";
            var lines = new[]
            {
                new Line(facts.CategoryCodes[(worker + i) % facts.CategoryCodes.Count], 0.25m * (1 + (i % 4))),
                new Line(facts.CategoryCodes[(worker + i + 1) % facts.CategoryCodes.Count], 0.5m),
            };
            sent[code] = lines;
            try
            {
                var submit = await client.PostAsync(
                    "mutation($input: SubmitActivityInput!) { submitActivity(input: $input) { activity { code } errors { code } } }",
                    new { input = new { code, title = $"Crash burst {code}", sponsorCode = facts.SponsorCode, credits = 4m, ceCategory = "A", approvedOn = "2025-03-01" } });
                if (!Acknowledged(submit, "submitActivity", "activity"))
                {
                    continue;
                }

                submitted[code] = true;
                var assign = await client.PostAsync(
                    "mutation($input: AssignCreditDistributionInput!) { assignCreditDistribution(input: $input) { distribution { id } errors { code } } }",
                    new { input = new { activityCode = code, disciplineCode = facts.DisciplineCode, kind = facts.Kind, lines } });
                if (Acknowledged(assign, "assignCreditDistribution", "distribution"))
                {
                    distributed[code] = lines;
                    acknowledged();
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // The server died under this request: it was never acknowledged.
                return;
            }
        }
    }

    private static bool Acknowledged(GraphQLResponse response, string field, string result) =>
        response.Status == HttpStatusCode.OK
        && response.Json?["errors"] is null
        && response.Json?["data"]?[field]?[result] is not null
        && response.Json["data"]![field]!["errors"]!.AsArray().Count == 0;

    private async Task<string> IntegrityCheckAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, StoredActivity>> ReadOurActivitiesAsync(GraphQLClient client)
    {
        var result = new Dictionary<string, StoredActivity>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var data = await client.DataAsync(
                """
                query($after: String) {
                  activities(first: 100, after: $after, where: { code: { startsWith: "CRASH-" } }) {
                    pageInfo { hasNextPage endCursor }
                    nodes { code status distributions { totalCredits lines { category { code } credits } } }
                  }
                }
                """,
                new { after });
            var page = data["activities"]!;
            foreach (var node in page["nodes"]!.AsArray())
            {
                var distributions = node!["distributions"]!.AsArray();
                var first = distributions.FirstOrDefault();
                result[node["code"]!.GetValue<string>()] = new StoredActivity(
                    node["status"]!.GetValue<string>(),
                    distributions.Count,
                    first is null ? [] : Normalize(first["lines"]!.AsArray().Select(ReadLine)),
                    first is null ? 0 : Decimal(first["totalCredits"]!));
            }

            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return result;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static Line ReadLine(JsonNode? line) => new(line!["category"]!["code"]!.GetValue<string>(), Decimal(line["credits"]!));

    private static decimal Decimal(JsonNode node) => decimal.Parse(node.ToString(), CultureInfo.InvariantCulture);

    private static List<Line> Normalize(IEnumerable<Line> lines) => [.. lines.OrderBy(l => l.CategoryCode, StringComparer.Ordinal)];

    public sealed record Line(string CategoryCode, decimal Credits);

    private sealed record StoredActivity(string Status, int DistributionCount, List<Line> Lines, decimal TotalCredits);
}
