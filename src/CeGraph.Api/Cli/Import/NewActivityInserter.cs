using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Writes brand-new activities with their distributions and lines through the provider's bulk path
/// (<see cref="IBulkRowStore"/>) instead of one change-tracked INSERT per row. Ids are reserved first and set on the
/// entities, so parents and children are written without reading anything back.
/// </summary>
public sealed class NewActivityInserter(CeGraphDbContext db, IBulkRowStore store)
{
    private readonly BulkTable<Activity> activities = new(db);
    private readonly BulkTable<CreditDistribution> distributions = new(db);
    private readonly BulkTable<CreditAllocation> lines = new(db);

    public async Task InsertAsync(IReadOnlyList<Activity> fresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        if (fresh.Count == 0)
        {
            return;
        }

        var activityIds = await store.ReserveIdsAsync(activities, fresh.Count, cancellationToken);
        var newDistributions = new List<CreditDistribution>(fresh.Count * 2);
        for (var i = 0; i < fresh.Count; i++)
        {
            fresh[i].Id = checked((int)activityIds[i]);
            foreach (var distribution in fresh[i].Distributions)
            {
                distribution.ActivityId = fresh[i].Id;
                newDistributions.Add(distribution);
            }
        }

        var distributionIds = await store.ReserveIdsAsync(distributions, newDistributions.Count, cancellationToken);
        var newLines = new List<CreditAllocation>(newDistributions.Count * 3);
        for (var i = 0; i < newDistributions.Count; i++)
        {
            newDistributions[i].Id = checked((int)distributionIds[i]);
            foreach (var line in newDistributions[i].Lines)
            {
                line.DistributionId = newDistributions[i].Id;
                newLines.Add(line);
            }
        }

        var lineIds = await store.ReserveIdsAsync(lines, newLines.Count, cancellationToken);
        for (var i = 0; i < newLines.Count; i++)
        {
            newLines[i].Id = checked((int)lineIds[i]);
        }

        await store.WriteAsync(activities, fresh, cancellationToken);
        await store.WriteAsync(distributions, newDistributions, cancellationToken);
        await store.WriteAsync(lines, newLines, cancellationToken);
    }
}
