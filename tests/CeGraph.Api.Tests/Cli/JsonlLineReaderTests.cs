using System.Text;
using CeGraph.Api.Cli.Import;

namespace CeGraph.Api.Tests.Cli;

public sealed class JsonlLineReaderTests
{
    [Fact]
    public void TryRead_SplitsLinesAndStripsCarriageReturnAndByteOrderMark()
    {
        var lines = Read("\uFEFFa\r\nbb\n\nccc", maxLineBytes: 100);

        Assert.Equal([(1, "a", JsonlLineKind.Complete), (2, "bb", JsonlLineKind.Complete), (3, "", JsonlLineKind.Complete), (4, "ccc", JsonlLineKind.Unterminated)], lines);
    }

    [Fact]
    public void TryRead_LineOverTheCap_IsReportedTooLongAndReadingGoesOn()
    {
        var lines = Read("ok\n" + new string('x', 5000) + "\nafter\n", maxLineBytes: 100);

        Assert.Equal([(1, "ok", JsonlLineKind.Complete), (2, "", JsonlLineKind.TooLong), (3, "after", JsonlLineKind.Complete)], lines);
    }

    [Fact]
    public void TryRead_LongLinesUnderTheCap_AcrossBufferRefills()
    {
        var long1 = new string('a', 150_000);
        var long2 = new string('b', 70_000);

        var lines = Read($"{long1}\n{long2}\n", maxLineBytes: 200_000);

        Assert.Equal([(1, long1, JsonlLineKind.Complete), (2, long2, JsonlLineKind.Complete)], lines);
    }

    private static List<(int, string, JsonlLineKind)> Read(string text, int maxLineBytes)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var reader = new JsonlLineReader(stream, maxLineBytes);
        var lines = new List<(int, string, JsonlLineKind)>();
        while (reader.TryRead(out var line))
        {
            lines.Add((line.Number, Encoding.UTF8.GetString(line.Bytes.Span), line.Kind));
        }

        return lines;
    }
}
