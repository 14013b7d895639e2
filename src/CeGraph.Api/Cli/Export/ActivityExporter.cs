using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.Data;
using CeGraph.Api.Hosting;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Export;

/// <summary>
/// Streams activities.jsonl in pages of <see cref="PageSize"/>, ordered by code (byte order on both providers),
/// leaving out the sample catalog. Distributions sort by discipline, kind and version; lines keep their order.
/// </summary>
public sealed class ActivityExporter(CeGraphDbContext db, DatabaseProvider provider)
{
    public const int PageSize = 1000;

    private static readonly JsonTypeInfo<ActivityRecord> LineJson = (JsonTypeInfo<ActivityRecord>)DatasetJson.Compact.GetTypeInfo(typeof(ActivityRecord));

    public async Task<int> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var names = await ExportNames.LoadAsync(db, cancellationToken);
        var written = 0;
        string? after = null;
        while (true)
        {
            var page = await ActivityPages.NextAsync(db, provider, after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return written;
            }

            var ids = page.Select(a => a.Id).ToList();
            var distributions = (await db.Distributions.AsNoTracking()
                    .Where(d => ids.Contains(d.ActivityId))
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
                await JsonSerializer.SerializeAsync(output, record, LineJson, cancellationToken);
                output.WriteByte((byte)'\n');
                written++;
            }

            after = page[^1].Code;
        }
    }
}
