using System.Data.Common;
using System.Text;
using System.Text.Json;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Reads a batch's stored activities with their distributions and lines, untracked, in three plain queries (by code,
/// then by parent ids). EF's split query with two includes spent most of a re-import materialising the same rows.
/// Only what <see cref="ActivityMerger"/> compares and EF's update needs (keys, concurrency token) is read.
/// </summary>
public sealed class ExistingActivityReader(CeGraphDbContext db)
{
    private readonly bool sqlite = db.Database.IsSqlite();

    public async Task<Dictionary<string, Activity>> ReadAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var byCode = new Dictionary<string, Activity>(codes.Count, StringComparer.Ordinal);
        var byId = new Dictionary<int, Activity>(codes.Count);
        await ReadRowsAsync(
            """SELECT "Id", "Code", "Title", "SponsorId", "CreditHundredths", "CeCategory", "Status", "ApprovedOn", "ExpiresOn", "RejectionReason", "IsSample", "Revision" FROM "Activities" WHERE "Code" """,
            codes,
            r =>
            {
                var activity = new Activity
                {
                    Id = r.GetInt32(0),
                    Code = r.GetString(1),
                    Title = r.GetString(2),
                    SponsorId = r.GetInt32(3),
                    CreditHundredths = r.GetInt64(4),
                    CeCategory = Enum.Parse<CeCategory>(r.GetString(5)),
                    Status = Enum.Parse<ActivityStatus>(r.GetString(6)),
                    ApprovedOn = r.GetFieldValue<DateOnly>(7),
                    ExpiresOn = r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8),
                    RejectionReason = r.IsDBNull(9) ? null : r.GetString(9),
                    IsSample = r.GetBoolean(10),
                    Revision = r.GetGuid(11),
                };
                byCode.Add(activity.Code, activity);
                byId.Add(activity.Id, activity);
            },
            cancellationToken);
        if (byId.Count == 0)
        {
            return byCode;
        }

        var distributions = new Dictionary<int, CreditDistribution>();
        await ReadRowsAsync(
            """SELECT "Id", "ActivityId", "DisciplineId", "OutlineId", "Kind", "TotalHundredths", "AssignedAt" FROM "Distributions" WHERE "ActivityId" """,
            byId.Keys,
            r =>
            {
                var distribution = new CreditDistribution
                {
                    Id = r.GetInt32(0),
                    ActivityId = r.GetInt32(1),
                    DisciplineId = r.GetInt32(2),
                    OutlineId = r.GetInt32(3),
                    Kind = Enum.Parse<OutlineKind>(r.GetString(4)),
                    TotalHundredths = r.GetInt64(5),
                    AssignedAt = r.GetDateTime(6),
                };
                byId[distribution.ActivityId].Distributions.Add(distribution);
                distributions.Add(distribution.Id, distribution);
            },
            cancellationToken);
        if (distributions.Count == 0)
        {
            return byCode;
        }

        await ReadRowsAsync(
            """SELECT "Id", "DistributionId", "CategoryId", "CreditHundredths", "Ordinal" FROM "Allocations" WHERE "DistributionId" """,
            distributions.Keys,
            r =>
            {
                var line = new CreditAllocation
                {
                    Id = r.GetInt32(0),
                    DistributionId = r.GetInt32(1),
                    CategoryId = r.GetInt32(2),
                    CreditHundredths = r.GetInt64(3),
                    Ordinal = r.GetInt32(4),
                };
                distributions[line.DistributionId].Lines.Add(line);
            },
            cancellationToken);
        return byCode;
    }

    /// <summary>
    /// Runs <paramref name="select"/> completed with "IN the list" as one array parameter (json_each on SQLite,
    /// = ANY on PostgreSQL): SQLite binds a thousand separate parameters by name in quadratic time.
    /// </summary>
    private async Task ReadRowsAsync<TKey>(string select, IEnumerable<TKey> keys, Action<DbDataReader> onRow, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = select + (sqlite ? "IN (SELECT value FROM json_each(@keys))" : "= ANY(@keys)");
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@keys";
        parameter.Value = sqlite ? JsonArray(keys) : keys.ToArray();
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            onRow(reader);
        }
    }

    private static string JsonArray<TKey>(IEnumerable<TKey> keys)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var key in keys)
            {
                if (key is int id)
                {
                    writer.WriteNumberValue(id);
                }
                else
                {
                    writer.WriteStringValue(key?.ToString());
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
