using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CeGraph.Api.Data.Sqlite;
using CeGraph.Api.GraphQL.Planning;
using CeGraph.Domain;
using CeGraph.Domain.Planning;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Benchmarks.Planning;

/// <summary>
/// The Api's side of a plan at scale: the dataset written into a migrated SQLite database (raw inserts, once; the file is kept
/// at <c>/tmp/cegraph-planner-bench.db</c> and reused), then <see cref="PlanCandidateLoader"/>'s query plus the planner, timed:
/// <c>dotnet run -c Release --project bench/CeGraph.Benchmarks -- planner-db [runs] [dataset folder]</c>.
/// </summary>
public static class PlannerDatabaseTiming
{
    private const string DatabasePath = "/tmp/cegraph-planner-bench.db";

    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21;
        var folder = args.Length > 2 ? args[2] : DatasetCatalog.DefaultFolder;
        var options = new DbContextOptionsBuilder<SqliteCeGraphDbContext>().UseSqlite($"Data Source={DatabasePath}").Options;
        await using (var db = new SqliteCeGraphDbContext(options))
        {
            await db.Database.MigrateAsync();
            if (!await db.Activities.AnyAsync())
            {
                var watch = Stopwatch.StartNew();
                Fill(db.Database.GetDbConnection().ConnectionString, folder);
                Console.WriteLine($"Wrote {folder} into {DatabasePath} in {watch.ElapsedMilliseconds} ms.");
            }
        }

        var catalog = DatasetCatalog.Load(folder);
        var solver = new CpSatPlanSolver(PlanningSettings.Default);
        foreach (var name in (string[])["ct-se", "ct-cqr"])
        {
            var scenario = PlannerScenarios.ByName(catalog, name, PlanObjective.MinCredits);
            var load = new double[runs];
            var total = new double[runs];
            var count = 0;
            for (var i = -1; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await using var db = new SqliteCeGraphDbContext(options);
                var discipline = await db.Disciplines.SingleAsync(d => d.Code == "CT");
                var spec = scenario.Current.Requirement;
                var candidates = await PlanCandidateLoader.LoadAsync(db, discipline.Id, "CT", spec.OutlineKind, scenario.Current.AsOf, null, default);
                var loaded = watch.Elapsed.TotalMilliseconds;
                var plan = FulfillmentPlanner.Plan(scenario with { Catalog = candidates }, solver);
                if (i >= 0)
                {
                    (load[i], total[i], count) = (loaded, watch.Elapsed.TotalMilliseconds, candidates.Count);
                }

                if (i == runs - 1)
                {
                    Array.Sort(load);
                    Array.Sort(total);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name,-7} candidates from the database: {count} activities, p50 {load[runs / 2],6:0.0} ms | with the plan: p50 {total[runs / 2],6:0.0} ms, "
                        + $"p90 {total[(int)(runs * 0.9)],6:0.0} ms | {plan.Status} {plan.Cost} optimal={plan.Optimal}"));
                }
            }
        }
    }

    private static void Fill(string connectionString, string folder)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var outlinesJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "outlines.json")));
        var root = outlinesJson.RootElement;
        var disciplines = new Dictionary<string, long>();
        foreach (var d in root.GetProperty("disciplines").EnumerateArray())
        {
            disciplines[d.GetProperty("code").GetString()!] = Insert(connection, "INSERT INTO Disciplines (Code, Name, Pathways) VALUES ($0, $1, '[1]')",
                d.GetProperty("code").GetString(), d.GetProperty("name").GetString());
        }

        var sponsors = new Dictionary<string, long>();
        foreach (var s in root.GetProperty("sponsors").EnumerateArray())
        {
            sponsors[s.GetProperty("code").GetString()!] = Insert(connection, "INSERT INTO Sponsors (Code, Name) VALUES ($0, $1)", s.GetProperty("code").GetString(), s.GetProperty("name").GetString());
        }

        var outlines = new Dictionary<(string, string, string), long>();
        var categories = new Dictionary<(long Outline, string Code), long>();
        foreach (var o in root.GetProperty("outlines").EnumerateArray())
        {
            var key = (o.GetProperty("discipline").GetString()!, Kind(o.GetProperty("kind").GetString()!), o.GetProperty("version").GetString()!);
            var outline = Insert(connection, "INSERT INTO Outlines (DisciplineId, Kind, Version, EffectiveFrom) VALUES ($0, $1, $2, $3)",
                disciplines[key.Item1], key.Item2, key.Item3, o.GetProperty("effectiveFrom").GetString());
            outlines[key] = outline;
            var ordinal = 0;
            void Add(JsonElement list, long? parent, int level)
            {
                foreach (var c in list.EnumerateArray())
                {
                    var code = c.GetProperty("code").GetString()!;
                    var id = Insert(connection, "INSERT INTO Categories (OutlineId, ParentId, Code, Name, Level, Ordinal) VALUES ($0, $1, $2, $3, $4, $5)",
                        outline, parent, code, c.GetProperty("name").GetString(), level, ordinal++);
                    categories[(outline, code)] = id;
                    Add(c.GetProperty("children"), id, level + 1);
                }
            }

            Add(o.GetProperty("categories"), null, 1);
        }

        using var activity = Command(connection, "INSERT INTO Activities (Code, Title, SponsorId, CreditHundredths, CeCategory, Status, ApprovedOn, ExpiresOn, IsSample, Revision) "
            + "VALUES ($0, $1, $2, $3, 'A', $4, $5, $6, 0, '00000000-0000-0000-0000-000000000000'); SELECT last_insert_rowid();", 7);
        using var distribution = Command(connection, "INSERT INTO Distributions (ActivityId, DisciplineId, OutlineId, Kind, TotalHundredths, AssignedAt) "
            + "VALUES ($0, $1, $2, $3, $4, '2025-01-01 00:00:00'); SELECT last_insert_rowid();", 5);
        using var line = Command(connection, "INSERT INTO Allocations (DistributionId, CategoryId, CreditHundredths, Ordinal) VALUES ($0, $1, $2, $3)", 4);
        foreach (var text in File.ReadLines(Path.Combine(folder, "activities.jsonl")))
        {
            using var document = JsonDocument.Parse(text);
            var a = document.RootElement;
            var status = a.GetProperty("status").GetString() switch { "DISTRIBUTED" => "Distributed", "REJECTED" => "Rejected", _ => "Submitted" };
            var activityId = Run(activity, a.GetProperty("code").GetString(), a.GetProperty("title").GetString(), sponsors[a.GetProperty("sponsor").GetString()!],
                Credits.Parse(a.GetProperty("credits").GetString()!).Hundredths, status, a.GetProperty("approvedOn").GetString(),
                a.TryGetProperty("expiresOn", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null);
            if (!a.TryGetProperty("distributions", out var list))
            {
                continue;
            }

            foreach (var d in list.EnumerateArray())
            {
                var key = (d.GetProperty("discipline").GetString()!, Kind(d.GetProperty("kind").GetString()!), d.GetProperty("version").GetString()!);
                var lines = d.GetProperty("lines").EnumerateArray().Select(l => (Code: l.GetProperty("category").GetString()!, Credits: Credits.Parse(l.GetProperty("credits").GetString()!))).ToArray();
                var distributionId = Run(distribution, activityId, disciplines[key.Item1], outlines[key], key.Item2, lines.Sum(l => l.Credits.Hundredths));
                for (var i = 0; i < lines.Length; i++)
                {
                    Run(line, distributionId, categories[(outlines[key], lines[i].Code)], lines[i].Credits.Hundredths, i);
                }
            }
        }

        transaction.Commit();
    }

    private static string Kind(string kind) => kind switch
    {
        "STRUCTURED_EDUCATION" => nameof(OutlineKind.StructuredEducation),
        "CQR_SSA" => nameof(OutlineKind.CqrSsa),
        _ => nameof(OutlineKind.Examination),
    };

    private static SqliteCommand Command(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        }

        return command;
    }

    private static long Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.CommandText.Contains("last_insert_rowid", StringComparison.Ordinal) ? (long)command.ExecuteScalar()! : command.ExecuteNonQuery();
    }

    private static long Insert(SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = Command(connection, sql + "; SELECT last_insert_rowid();", values.Length);
        return Run(command, values);
    }
}
