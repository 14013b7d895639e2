using System.Data.Common;
using System.Globalization;
using CeGraph.Domain;

namespace CeGraph.Api.Data.Seeding;

/// <summary>
/// Whether a seeder would find anything to add, asked in plain SQL on the open connection, so that a start on a database that
/// already holds the current seed compiles no LINQ query (the seeders' EF queries were most of such a start). Each check is
/// the seeder's own rule read from the rows it looks at, and errs one way only: it answers "complete" only when the seeder
/// would add nothing; anything else runs the seeder, which stays the one place that decides what to add. A changed seed
/// (a new discipline, outline version or sample activity) is therefore still applied on the next start, and rows deleted
/// since are added again, as before.
/// </summary>
public static class SeedPresence
{
    /// <summary>Every seeded discipline (by code) and every seeded outline version (discipline, kind, version) exists.</summary>
    public static async Task<bool> OutlinesCompleteAsync(DbConnection connection, OutlineSeedFile seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var disciplines = new HashSet<string>(StringComparer.Ordinal);
        var outlines = new HashSet<(string Discipline, string Kind, string Version)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT d."Code", o."Kind", o."Version" FROM "Disciplines" d LEFT JOIN "Outlines" o ON o."DisciplineId" = d."Id" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var code = reader.GetString(0);
                disciplines.Add(code);
                if (!reader.IsDBNull(1))
                {
                    outlines.Add((code, reader.GetString(1), reader.GetString(2)));
                }
            }
        }

        // Kinds are stored by name (CeGraphDbContext's conventions), so the seed's kinds are compared by name.
        return seed.Disciplines.All(d => disciplines.Contains(d.Code)
            && d.Outlines.All(o => outlines.Contains((d.Code, o.Kind.ToString(), o.Version))));
    }

    /// <summary>
    /// No discipline on the postprimary pathway that has a structured-education outline lacks a public structured-education
    /// requirement (<see cref="RequirementSeeder"/>'s rule; imported disciplines count too).
    /// </summary>
    public static async Task<bool> RequirementsCompleteAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Pathways is a primitive collection: a JSON array of the enum's numbers on SQLite, an integer[] on PostgreSQL.
        var postprimary = provider == DatabaseProvider.Postgres
            ? """@postprimary = ANY(d."Pathways")"""
            : """EXISTS (SELECT 1 FROM json_each(d."Pathways") p WHERE p.value = @postprimary)""";
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT COUNT(*) FROM "Disciplines" d
            WHERE {postprimary}
              AND EXISTS (SELECT 1 FROM "Outlines" o WHERE o."DisciplineId" = d."Id" AND o."Kind" = @kind)
              AND NOT EXISTS (SELECT 1 FROM "Requirements" r WHERE r."DisciplineId" = d."Id" AND r."IsPublic" AND r."Kind" = @kind)
            """;
        Add(command, "@postprimary", (int)Pathway.Postprimary);
        Add(command, "@kind", nameof(OutlineKind.StructuredEducation));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>
    /// Every sample sponsor exists and at least <see cref="SampleCatalogSeeder.ActivityCount"/> activities carry the sample prefix
    /// (the seeder's own test; a case-sensitive prefix here, so never more matches than the seeder counts).
    /// </summary>
    public static async Task<bool> SampleCatalogCompleteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var sponsors = SampleActivityGenerator.Sponsors;
        await using var command = connection.CreateCommand();
        var names = sponsors.Select((_, i) => $"@sponsor{i}").ToArray();
        command.CommandText = $"""
            SELECT (SELECT COUNT(DISTINCT "Code") FROM "Sponsors" WHERE "Code" IN ({string.Join(", ", names)})),
                   (SELECT COUNT(*) FROM "Activities" WHERE substr("Code", 1, {SampleCatalogSeeder.CodePrefix.Length}) = @prefix)
            """;
        for (var i = 0; i < sponsors.Count; i++)
        {
            Add(command, names[i], sponsors[i].Code);
        }

        Add(command, "@prefix", SampleCatalogSeeder.CodePrefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) == sponsors.Count && reader.GetInt64(1) >= SampleCatalogSeeder.ActivityCount;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
