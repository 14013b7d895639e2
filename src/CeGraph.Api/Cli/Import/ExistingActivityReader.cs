using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Reads a batch's stored activities with their distributions and lines, untracked, in three plain queries (by code,
/// then by parent ids) through the provider's <see cref="IBulkRowStore"/>. EF's split query with two includes spent most
/// of a re-import materialising the same rows, and Microsoft.Data.Sqlite's reader most of what was left.
/// Only what <see cref="ActivityMerger"/> compares and EF's update needs (keys, concurrency token) is read.
/// </summary>
public sealed class ExistingActivityReader(IBulkRowStore store)
{
    public async Task<Dictionary<string, Activity>> ReadAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var byCode = new Dictionary<string, Activity>(codes.Count, StringComparer.Ordinal);
        var byId = new Dictionary<int, Activity>(codes.Count);
        await store.ReadWhereInAsync(
            """SELECT "Id", "Code", "Title", "SponsorId", "CreditHundredths", "CeCategory", "Status", "ApprovedOn", "ExpiresOn", "RejectionReason", "IsSample", "Revision" FROM "Activities" WHERE "Code" """,
            codes,
            r =>
            {
                var activity = new Activity
                {
                    Id = r.GetInt32(0),
                    Code = r.GetString(1),
                    Title = r.GetString(2),
                    SponsorId = r.GetInt32(3),
                    CreditHundredths = r.GetInt64(4),
                    CeCategory = Enum.Parse<CeCategory>(r.GetString(5)),
                    Status = Enum.Parse<ActivityStatus>(r.GetString(6)),
                    ApprovedOn = r.GetDateOnly(7),
                    ExpiresOn = r.IsDBNull(8) ? null : r.GetDateOnly(8),
                    RejectionReason = r.IsDBNull(9) ? null : r.GetString(9),
                    IsSample = r.GetBoolean(10),
                    Revision = r.GetGuid(11),
                };
                byCode.Add(activity.Code, activity);
                byId.Add(activity.Id, activity);
            },
            cancellationToken);
        if (byId.Count == 0)
        {
            return byCode;
        }

        var distributions = new Dictionary<int, CreditDistribution>();
        await store.ReadWhereInAsync(
            """SELECT "Id", "ActivityId", "DisciplineId", "OutlineId", "Kind", "TotalHundredths", "AssignedAt" FROM "Distributions" WHERE "ActivityId" """,
            byId.Keys,
            r =>
            {
                var distribution = new CreditDistribution
                {
                    Id = r.GetInt32(0),
                    ActivityId = r.GetInt32(1),
                    DisciplineId = r.GetInt32(2),
                    OutlineId = r.GetInt32(3),
                    Kind = Enum.Parse<OutlineKind>(r.GetString(4)),
                    TotalHundredths = r.GetInt64(5),
                    AssignedAt = r.GetDateTime(6),
                };
                byId[distribution.ActivityId].Distributions.Add(distribution);
                distributions.Add(distribution.Id, distribution);
            },
            cancellationToken);
        if (distributions.Count == 0)
        {
            return byCode;
        }

        await store.ReadWhereInAsync(
            """SELECT "Id", "DistributionId", "CategoryId", "CreditHundredths", "Ordinal" FROM "Allocations" WHERE "DistributionId" """,
            distributions.Keys,
            r =>
            {
                var line = new CreditAllocation
                {
                    Id = r.GetInt32(0),
                    DistributionId = r.GetInt32(1),
                    CategoryId = r.GetInt32(2),
                    CreditHundredths = r.GetInt64(3),
                    Ordinal = r.GetInt32(4),
                };
                distributions[line.DistributionId].Lines.Add(line);
            },
            cancellationToken);
        return byCode;
    }
}
