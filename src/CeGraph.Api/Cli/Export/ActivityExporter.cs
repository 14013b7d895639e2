using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Export;

/// <summary>
/// Streams activities.jsonl: one ordered query read row by row (one sort, however many activities), and for each
/// <see cref="PageSize"/> activities one query for their distributions on a second context, as the first is still
/// reading. Leaves out the sample catalog. Distributions sort by discipline, kind and version; lines keep their order.
/// </summary>
public sealed class ActivityExporter(CeGraphDbContext activitiesDb, CeGraphDbContext distributionsDb, DatabaseProvider provider) : IDisposable
{
    public const int PageSize = 1000;

    private static readonly JsonTypeInfo<ActivityRecord> LineJson = (JsonTypeInfo<ActivityRecord>)DatasetJson.Compact.GetTypeInfo(typeof(ActivityRecord));

    /// <summary>One line at a time into a reused buffer, then one write to the (buffered) file.</summary>
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter writer = new(Stream.Null, new JsonWriterOptions { Encoder = DatasetJson.Compact.Encoder });

    public async Task<int> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var names = await ExportNames.LoadAsync(distributionsDb, cancellationToken);
        var written = 0;
        var page = new List<Activity>(PageSize);
        await foreach (var activity in ActivitiesByCode.Query(activitiesDb, provider).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            page.Add(activity);
            if (page.Count == PageSize)
            {
                written += await WritePageAsync(output, page, names, cancellationToken);
                page.Clear();
            }
        }

        return written + await WritePageAsync(output, page, names, cancellationToken);
    }

    private async Task<int> WritePageAsync(Stream output, List<Activity> page, ExportNames names, CancellationToken cancellationToken)
    {
        var ids = page.Select(a => a.Id).ToList();
        var distributions = (await distributionsDb.Distributions.AsNoTracking()
                .Where(d => EF.Parameter(ids).Contains(d.ActivityId))
                .Select(d => new { d.ActivityId, d.OutlineId, Lines = d.Lines.OrderBy(l => l.Ordinal).Select(l => new { l.CategoryId, l.CreditHundredths }).ToList() })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.ActivityId);
        foreach (var activity in page)
        {
            var records = distributions[activity.Id]
                .Select(d => (Outline: names.Outlines[d.OutlineId], d.Lines))
                .OrderBy(d => d.Outline.Discipline, StringComparer.Ordinal)
                .ThenBy(d => d.Outline.Kind, StringComparer.Ordinal)
                .ThenBy(d => d.Outline.Version, StringComparer.Ordinal)
                .Select(d => new DistributionRecord(
                    d.Outline.Discipline, d.Outline.Kind, d.Outline.Version,
                    [.. d.Lines.Select(l => new AllocationRecord(names.Categories[l.CategoryId], new Credits(l.CreditHundredths).ToString()))]))
                .ToList();
            var record = new ActivityRecord(
                activity.Code, activity.Title, names.Sponsors[activity.SponsorId], new Credits(activity.CreditHundredths).ToString(),
                DatasetNames.Of(activity.CeCategory), DatasetNames.Of(activity.Status),
                activity.ApprovedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                activity.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                records);
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, record, LineJson);
            writer.Flush();
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
            output.WriteByte((byte)'\n');
        }

        return page.Count;
    }

    public void Dispose() => writer.Dispose();
}
