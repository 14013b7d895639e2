using CeGraph.Api.Cli.Import;
using Microsoft.Data.Sqlite;

namespace CeGraph.Api.Tests.Cli;

/// <summary>
/// The import reads stored rows straight from native SQLite statements (<see cref="SqliteStoredRow"/>): every value must
/// come out as Microsoft.Data.Sqlite's own reader gives it, for the text EF writes and for other text it accepts.
/// </summary>
public sealed class SqliteStoredRowTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SqliteStoredRowTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """CREATE TABLE "Rows" ("Key" INTEGER NOT NULL, "Value" TEXT NULL, "Number" INTEGER NULL)""";
        create.ExecuteNonQuery();
    }

    public static TheoryData<string> Times() =>
    [
        "2026-12-04 02:03:04",
        "2026-12-04 02:03:04.5",
        "2026-12-04 02:03:04.1234567",
        "2024-02-29 23:59:59.0000001",
        "0001-01-01 00:00:00",
        "9999-12-31 23:59:59.9999999",
        "2026-12-04T02:03:04",
        "2026-12-04",
        "2026-12-04 2:03:04",
    ];

    public static TheoryData<string> Dates() => ["2026-12-04", "2024-02-29", "0001-01-01", "9999-12-31", "2026-2-4"];

    public void Dispose() => connection.Dispose();

    [Theory]
    [MemberData(nameof(Times))]
    public async Task GetDateTime_IsMicrosoftDataSqlitesValue(string text)
    {
        await InsertAsync(1, text, null);

        var stored = await ReadStoredAsync(1, r => r.GetDateTime(1));

        var expected = await ReadAsync(1, r => r.GetDateTime(1));
        Assert.Equal(expected, stored);
        Assert.Equal(expected.Kind, stored.Kind);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task GetDateOnly_IsMicrosoftDataSqlitesValue(string text)
    {
        await InsertAsync(1, text, null);

        Assert.Equal(await ReadAsync(1, r => r.GetFieldValue<DateOnly>(1)), await ReadStoredAsync(1, r => r.GetDateOnly(1)));
    }

    [Fact]
    public async Task GuidTextNumbersAndNull_AreMicrosoftDataSqlitesValues()
    {
        var guid = Guid.NewGuid();
        await InsertAsync(1, guid.ToString().ToUpperInvariant(), 1);
        await InsertAsync(2, "tïtle ✓", 9_000_000_000);
        await InsertAsync(3, null, null);

        Assert.Equal(guid, await ReadStoredAsync(1, r => r.GetGuid(1)));
        Assert.True(await ReadStoredAsync(1, r => r.GetBoolean(2)));
        Assert.Equal("tïtle ✓", await ReadStoredAsync(2, r => r.GetString(1)));
        Assert.Equal(9_000_000_000, await ReadStoredAsync(2, r => r.GetInt64(2)));
        Assert.Equal((true, true, false), await ReadStoredAsync(3, r => (r.IsDBNull(1), r.IsDBNull(2), r.IsDBNull(0))));
    }

    [Fact]
    public async Task ReadWhereIn_ReadsEveryKeyedRowOnce_AndTheStatementIsReusable()
    {
        for (var key = 1; key <= 5; key++)
        {
            await InsertAsync(key, $"row {key}", key * 10);
        }

        await using var store = new SqliteBulkRowStore(connection);
        var first = new List<(int, string)>();
        await store.ReadWhereInAsync("""SELECT "Key", "Value" FROM "Rows" WHERE "Key" """, [2, 4, 6], r => first.Add((r.GetInt32(0), r.GetString(1))), CancellationToken.None);
        var second = new List<int>();
        await store.ReadWhereInAsync("""SELECT "Key", "Value" FROM "Rows" WHERE "Key" """, [5], r => second.Add(r.GetInt32(0)), CancellationToken.None);

        Assert.Equal([(2, "row 2"), (4, "row 4")], first.Order());
        Assert.Equal([5], second);
    }

    private async Task InsertAsync(int key, string? value, long? number)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = """INSERT INTO "Rows" VALUES ($key, $value, $number)""";
        insert.Parameters.AddWithValue("$key", key);
        insert.Parameters.AddWithValue("$value", (object?)value ?? DBNull.Value);
        insert.Parameters.AddWithValue("$number", (object?)number ?? DBNull.Value);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<T> ReadAsync<T>(int key, Func<SqliteDataReader, T> read)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = """SELECT "Key", "Value", "Number" FROM "Rows" WHERE "Key" = $key""";
        select.Parameters.AddWithValue("$key", key);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return read(reader);
    }

    private async Task<T> ReadStoredAsync<T>(int key, Func<IStoredRow, T> read)
    {
        await using var store = new SqliteBulkRowStore(connection);
        var values = new List<T>();
        await store.ReadWhereInAsync("""SELECT "Key", "Value", "Number" FROM "Rows" WHERE "Key" """, [key], r => values.Add(read(r)), CancellationToken.None);
        return Assert.Single(values);
    }
}
