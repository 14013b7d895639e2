using System.Threading.Channels;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Streams activities.jsonl: each line is parsed and validated on its own; valid ones are written in batches of
/// <see cref="BatchSize"/>; a rejected line is reported with its number and reason and nothing of it is stored.
/// Reading and parsing run on a second thread, one chunk ahead of the writer, so the two overlap; the writer's thread
/// reports rejections and progress in line order and keeps the counts.
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
        var totalBytes = stream.Length; // read here: once the reader runs, only its thread touches the stream
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<ParsedChunk>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadChunksAsync(stream, chunks.Writer, stop.Token), stop.Token);
        try
        {
            await progress.RunAsync(totalBytes, async report =>
            {
                await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var (lineNumber, reason) in chunk.Rejections)
                    {
                        progress.Rejected(lineNumber, reason);
                    }

                    summary.Read += chunk.Read;
                    summary.Rejected += chunk.Rejections.Count;
                    if (chunk.Activities.Count > 0)
                    {
                        await writer.WriteAsync(chunk.Activities, summary.Activities, cancellationToken);
                    }

                    report(chunk.EndPosition, summary);
                }

                await writer.CommitAsync(cancellationToken);
                report(totalBytes, summary);
            });
        }
        finally
        {
            // The writer stopped early (a database error): stop the reader too, and wait for it before the file closes.
            await stop.CancelAsync();
            await reading.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await reading;
    }

    /// <summary>The reader's thread: lines into chunks of at most <see cref="BatchSize"/> activities or rejections.</summary>
    private async Task ReadChunksAsync(Stream stream, ChannelWriter<ParsedChunk> chunks, CancellationToken cancellationToken)
    {
        try
        {
            var reader = new JsonlLineReader(stream, MaxLineBytes);
            var firstLineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
            var chunk = new ParsedChunk();
            while (reader.TryRead(out var line))
            {
                if (line.IsBlank)
                {
                    continue;
                }

                chunk.Read++;
                var parsed = Parse(line, firstLineOfCode);
                if (parsed.Activity is { } activity)
                {
                    chunk.Activities.Add(activity);
                }
                else
                {
                    chunk.Rejections.Add((line.Number, parsed.Rejection!));
                }

                if (chunk.Activities.Count == BatchSize || chunk.Rejections.Count == BatchSize)
                {
                    chunk.EndPosition = stream.Position;
                    await chunks.WriteAsync(chunk, cancellationToken);
                    chunk = new ParsedChunk();
                }
            }

            if (chunk.Read > 0)
            {
                chunk.EndPosition = stream.Position;
                await chunks.WriteAsync(chunk, cancellationToken);
            }

            chunks.Complete();
        }
        catch (Exception exception)
        {
            chunks.Complete(exception);
            throw;
        }
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

    /// <summary>What the reader hands the writer: up to one batch of activities, the rejections among them, lines read.</summary>
    private sealed class ParsedChunk
    {
        public List<PendingActivity> Activities { get; } = new(BatchSize);

        public List<(int LineNumber, string Reason)> Rejections { get; } = [];

        public int Read { get; set; }

        public long EndPosition { get; set; }
    }
}
