using System.Data.Common;
using System.Text.Json;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Data.Sqlite;
using CeGraph.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CeGraph.Api.Data;

/// <summary>
/// Distributions with their discipline and lines in one statement, one row per line, put together here. The statement is
/// fixed SQL run through EF Core's command pipeline (so interceptors, logging and tracing see it as any other), read by
/// position: a distribution's columns once per distribution and a discipline's once per discipline, where the LINQ
/// projection materialised all of them on every line row and generated its SQL again on every run for the id list
/// (about a fifth of the catalogue page's CPU; docs/benchmarks.md, read path round 9).
/// </summary>
public static class DistributionReads
{
    private const string Select = """
        SELECT d."Id", d."ActivityId", d."DisciplineId", d."OutlineId", d."Kind", d."TotalHundredths", d."AssignedAt", d."UpdatedAt",
               di."Code", di."Name", di."Pathways", l."Id", l."CategoryId", l."CreditHundredths", l."Ordinal"
        FROM "Distributions" AS d
        INNER JOIN "Disciplines" AS di ON di."Id" = d."DisciplineId"
        LEFT JOIN "Allocations" AS l ON l."DistributionId" = d."Id"
        """;

    /// <summary>The distributions of these activities.</summary>
    public static Task<List<CreditDistribution>> OfActivitiesAsync(CeGraphDbContext db, IEnumerable<int> activityIds, CancellationToken cancellationToken) =>
        ReadAsync(db, "ActivityId", activityIds, cancellationToken);

    public static Task<List<CreditDistribution>> WithIdsAsync(CeGraphDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken) =>
        ReadAsync(db, "Id", ids, cancellationToken);

    private static async Task<List<CreditDistribution>> ReadAsync(CeGraphDbContext db, string keyColumn, IEnumerable<int> keys, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        var (condition, parameter) = KeyIn(postgres, [.. keys]);
        var command = db.GetService<IRawSqlCommandBuilder>().Build($"{Select}\nWHERE d.\"{keyColumn}\" {condition}", [parameter]);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), command.ParameterValues, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()),
            cancellationToken);
        var rows = reader.DbDataReader;
        var result = new List<CreditDistribution>();
        var byId = new Dictionary<int, CreditDistribution>();
        var disciplines = new Dictionary<int, Discipline>();
        while (await rows.ReadAsync(cancellationToken))
        {
            var id = rows.GetInt32(0);
            if (!byId.TryGetValue(id, out var distribution))
            {
                distribution = ReadDistribution(rows, id, disciplines, postgres);
                byId.Add(id, distribution);
                result.Add(distribution);
            }

            if (!rows.IsDBNull(11))
            {
                distribution.Lines.Add(new CreditAllocation
                {
                    Id = rows.GetInt32(11),
                    DistributionId = id,
                    CategoryId = rows.GetInt32(12),
                    CreditHundredths = rows.GetInt64(13),
                    Ordinal = rows.GetInt32(14),
                });
            }
        }

        return result;
    }

    /// <summary>The id list as one parameter: <c>json_each</c> on SQLite, <c>= ANY</c> of an array on PostgreSQL.</summary>
    private static (string Condition, DbParameter Parameter) KeyIn(bool postgres, int[] keys) => postgres
        ? ("= ANY(@keys)", new NpgsqlParameter("keys", keys))
        : ("IN (SELECT value FROM json_each(@keys))", new SqliteParameter("@keys", JsonSerializer.Serialize(keys)));

    private static CreditDistribution ReadDistribution(DbDataReader rows, int id, Dictionary<int, Discipline> disciplines, bool postgres)
    {
        var disciplineId = rows.GetInt32(2);
        if (!disciplines.TryGetValue(disciplineId, out var discipline))
        {
            var pathways = postgres ? [.. rows.GetFieldValue<int[]>(10).Select(p => (Pathway)p)] : PathwaysTextConverter.Read(rows.GetString(10));
            discipline = new Discipline { Id = disciplineId, Code = rows.GetString(8), Name = rows.GetString(9), Pathways = pathways };
            disciplines.Add(disciplineId, discipline);
        }

        return new CreditDistribution
        {
            Id = id,
            ActivityId = rows.GetInt32(1),
            DisciplineId = disciplineId,
            Discipline = discipline,
            OutlineId = rows.GetInt32(3),
            Kind = Enum.Parse<OutlineKind>(rows.GetString(4)),
            TotalHundredths = rows.GetInt64(5),
            AssignedAt = rows.GetDateTime(6),
            UpdatedAt = rows.GetDateTime(7),
        };
    }
}
