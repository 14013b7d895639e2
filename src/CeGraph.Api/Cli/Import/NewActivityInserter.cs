using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Writes brand-new activities with their distributions and lines in three multi-row statements per table and batch,
/// instead of one INSERT per row through the change tracker: the step that makes 100,000 activities fast.
/// Generated ids come back through RETURNING and are matched by natural key (code; activity + discipline + kind).
/// </summary>
public sealed class NewActivityInserter(CeGraphDbContext db)
{
    private readonly MultiRowInsert<Activity> activities = new(db, [nameof(Activity.Id), nameof(Activity.Code)]);
    private readonly MultiRowInsert<CreditDistribution> distributions = new(
        db, [nameof(CreditDistribution.Id), nameof(CreditDistribution.ActivityId), nameof(CreditDistribution.DisciplineId), nameof(CreditDistribution.Kind)]);
    private readonly MultiRowInsert<CreditAllocation> lines = new(db, []);

    public async Task InsertAsync(IReadOnlyList<Activity> fresh, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(transaction);
        if (fresh.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var byCode = fresh.ToDictionary(a => a.Code, StringComparer.Ordinal);
        await activities.InsertAsync(connection, dbTransaction, fresh, r => byCode[r.GetString(1)].Id = r.GetInt32(0), cancellationToken);

        var newDistributions = new List<CreditDistribution>();
        foreach (var activity in fresh)
        {
            foreach (var distribution in activity.Distributions)
            {
                distribution.ActivityId = activity.Id;
                newDistributions.Add(distribution);
            }
        }

        var byKey = newDistributions.ToDictionary(d => (d.ActivityId, d.DisciplineId, d.Kind));
        await distributions.InsertAsync(
            connection, dbTransaction, newDistributions,
            r => byKey[(r.GetInt32(1), r.GetInt32(2), Enum.Parse<OutlineKind>(r.GetString(3)))].Id = r.GetInt32(0),
            cancellationToken);

        var newLines = new List<CreditAllocation>();
        foreach (var distribution in newDistributions)
        {
            foreach (var line in distribution.Lines)
            {
                line.DistributionId = distribution.Id;
                newLines.Add(line);
            }
        }

        await lines.InsertAsync(connection, dbTransaction, newLines, null, cancellationToken);
    }

}
