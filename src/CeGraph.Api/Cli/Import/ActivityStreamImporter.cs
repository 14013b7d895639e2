namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Streams activities.jsonl: each line is parsed and validated on its own; valid ones are written in batches of
/// <see cref="BatchSize"/>; a rejected line is reported with its number and reason and nothing of it is stored.
/// </summary>
public sealed class ActivityStreamImporter(ActivityLineParser parser, ActivityBatchWriter writer, ImportProgress progress)
{
    public const int BatchSize = 1000;

    /// <summary>Lines longer than this (1 MiB) are rejected without being buffered.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    public async Task ImportAsync(string path, ImportSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var reader = new JsonlLineReader(stream, MaxLineBytes);
        var firstLineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<PendingActivity>(BatchSize);
        await progress.RunAsync(stream.Length, async report =>
        {
            while (reader.TryRead(out var line))
            {
                if (line.IsBlank)
                {
                    continue;
                }

                summary.Read++;
                var parsed = Parse(line, firstLineOfCode);
                if (parsed.Activity is { } activity)
                {
                    batch.Add(activity);
                }
                else
                {
                    summary.Rejected++;
                    progress.Rejected(line.Number, parsed.Rejection!);
                }

                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, summary.Activities, cancellationToken);
                    batch.Clear();
                }

                if (summary.Read % 1000 == 0)
                {
                    report(stream.Position, summary);
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, summary.Activities, cancellationToken);
            }

            report(stream.Length, summary);
        });
    }

    private ParsedLine Parse(JsonlLine line, Dictionary<string, int> firstLineOfCode)
    {
        if (line.Kind == JsonlLineKind.TooLong)
        {
            return ParsedLine.Reject(null, $"the line is longer than {MaxLineBytes:N0} bytes");
        }

        var parsed = parser.Parse(line.Bytes.Span, line.Number);
        if (parsed.Code is { } code && !firstLineOfCode.TryAdd(code, line.Number))
        {
            return ParsedLine.Reject(code, $"duplicate code {code} (first on line {firstLineOfCode[code]}); only the first is imported");
        }

        if (parsed.Rejection is not null && line.Kind == JsonlLineKind.Unterminated && parsed.Rejection.StartsWith("malformed JSON", StringComparison.Ordinal))
        {
            return ParsedLine.Reject(parsed.Code, $"truncated last line: the file ends without a newline in the middle of a record ({parsed.Rejection})");
        }

        return parsed;
    }
}
