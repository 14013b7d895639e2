using System.Globalization;
using SQLitePCL;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// A stepped native SQLite statement's current row as an <see cref="IStoredRow"/>, read straight from the statement.
/// Text columns are converted as Microsoft.Data.Sqlite converts them (GUIDs, dates and times as the text EF writes), so
/// values are the same as through its reader, without its per-column checks and handle reference counting, which were
/// most of a re-import's time.
/// </summary>
public sealed class SqliteStoredRow(sqlite3_stmt statement) : IStoredRow
{
    public bool IsDBNull(int ordinal) => raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_NULL;

    public int GetInt32(int ordinal) => checked((int)raw.sqlite3_column_int64(statement, ordinal));

    public long GetInt64(int ordinal) => raw.sqlite3_column_int64(statement, ordinal);

    public bool GetBoolean(int ordinal) => raw.sqlite3_column_int64(statement, ordinal) != 0;

    public string GetString(int ordinal) => raw.sqlite3_column_text(statement, ordinal).utf8_to_string();

    public Guid GetGuid(int ordinal) => Guid.Parse(GetString(ordinal));

    /// <summary>EF's text, <c>yyyy-MM-dd</c>, read from its bytes; anything else as Microsoft.Data.Sqlite parses it.</summary>
    public DateOnly GetDateOnly(int ordinal)
    {
        var text = raw.sqlite3_column_blob(statement, ordinal);
        return text.Length == 10 && TryReadDate(text, out var date) ? date : DateOnly.Parse(GetString(ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>EF's text, <c>yyyy-MM-dd HH:mm:ss</c> and up to seven fraction digits, read from its bytes; anything else as Microsoft.Data.Sqlite parses it.</summary>
    public DateTime GetDateTime(int ordinal)
    {
        var text = raw.sqlite3_column_blob(statement, ordinal);
        return TryReadDateTime(text, out var time) ? time : DateTime.Parse(GetString(ordinal), CultureInfo.InvariantCulture);
    }

    private static bool TryReadDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..10], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryReadDateTime(ReadOnlySpan<byte> text, out DateTime time)
    {
        time = default;
        if (text.Length < 19 || text.Length == 20 || text.Length > 27 || text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !TryReadDate(text, out var date)
            || !TryDigits(text[11..13], out var hour) || !TryDigits(text[14..16], out var minute) || !TryDigits(text[17..19], out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var fractionTicks = 0;
        if (text.Length > 19)
        {
            if (text[19] != '.' || !TryDigits(text[20..], out fractionTicks))
            {
                return false;
            }

            for (var digits = text.Length - 20; digits < 7; digits++)
            {
                fractionTicks *= 10;
            }
        }

        time = new DateTime(date, new TimeOnly(hour, minute, second)).AddTicks(fractionTicks);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
