namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Reads a UTF-8 JSON Lines stream line by line into one reused buffer that never grows past the line cap,
/// so memory stays flat whatever the file size. Over-long lines are skipped and reported, not buffered.
/// </summary>
public sealed class JsonlLineReader(Stream stream, int maxLineBytes)
{
    private byte[] buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int start;
    private int end;
    private int scanned;
    private bool endOfStream;
    private bool skipping;
    private bool firstRead = true;
    private int lineNumber;

    public bool TryRead(out JsonlLine line)
    {
        while (true)
        {
            var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var stop = scanned + newline;
                line = Take(start, stop, skipping ? JsonlLineKind.TooLong : JsonlLineKind.Complete);
                start = scanned = stop + 1;
                skipping = false;
                return true;
            }

            scanned = end;
            if (skipping || end - start > maxLineBytes)
            {
                skipping = true;
                start = scanned = end = 0; // drop what we have of the over-long line
            }

            if (endOfStream)
            {
                if (start == end && !skipping)
                {
                    line = default;
                    return false;
                }

                line = Take(start, end, skipping ? JsonlLineKind.TooLong : JsonlLineKind.Unterminated);
                start = scanned = end;
                skipping = false;
                return true;
            }

            Fill();
        }
    }

    private JsonlLine Take(int from, int to, JsonlLineKind kind)
    {
        lineNumber++;
        if (kind == JsonlLineKind.TooLong || to - from > maxLineBytes)
        {
            return new JsonlLine(lineNumber, ReadOnlyMemory<byte>.Empty, JsonlLineKind.TooLong);
        }

        if (to > from && buffer[to - 1] == (byte)'\r')
        {
            to--;
        }

        return new JsonlLine(lineNumber, buffer.AsMemory(from, to - from), kind);
    }

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            scanned -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxLineBytes + 64 * 1024));
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (firstRead && read >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
        {
            // A UTF-8 byte order mark is not part of the first line.
            start = scanned = 3;
        }

        firstRead = false;
        endOfStream = read == 0;
        end += read;
    }
}
