using System.Runtime.CompilerServices;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// An activity as a stored fulfillment check recorded it (<see cref="StoredActivity"/>), shown through the ordinary <c>Activity</c>
/// type: code, title, credits, sponsor and approval as they were, status DISTRIBUTED (only published activities count), no
/// rejection reason, and only the distribution that counted, with its lines as they were. Nothing in it is read live, so a
/// later rejection or redistribution neither changes the check nor shows through it. The ids are the live objects' ids;
/// <c>node(id)</c> on them answers with the live object under <see cref="ActivityVisibility"/>.
/// </summary>
public static class ActivitySnapshot
{
    // Snapshots are plain entity instances built per read; these tables mark them (by reference) without touching the EF model.
    private static readonly ConditionalWeakTable<Activity, IReadOnlyList<CreditDistribution>> RecordedDistributions = new();
    private static readonly ConditionalWeakTable<CreditDistribution, Activity> RecordedOwners = new();

    public static Activity From(StoredActivity recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var activity = new Activity
        {
            Id = recorded.Id,
            Code = recorded.Code,
            Title = recorded.Title,
            SponsorId = recorded.SponsorId,
            CreditHundredths = recorded.CreditHundredths,
            CeCategory = recorded.CeCategory,
            Status = ActivityStatus.Distributed,
            ApprovedOn = recorded.ApprovedOn,
            ExpiresOn = recorded.ExpiresOn,
            IsSample = recorded.IsSample,
        };
        var distribution = new CreditDistribution
        {
            Id = recorded.DistributionId,
            ActivityId = recorded.Id,
            DisciplineId = recorded.DisciplineId,
            OutlineId = recorded.OutlineId,
            Kind = recorded.Kind,
            AssignedAt = recorded.AssignedAt,
            TotalHundredths = recorded.Lines.Sum(l => l.CreditHundredths),
            Lines = [.. recorded.Lines.Select((l, i) => new CreditAllocation { DistributionId = recorded.DistributionId, CategoryId = l.CategoryId, CreditHundredths = l.CreditHundredths, Ordinal = i })],
        };
        RecordedDistributions.AddOrUpdate(activity, [distribution]);
        RecordedOwners.AddOrUpdate(distribution, activity);
        return activity;
    }

    /// <summary>The recorded distributions when <paramref name="activity"/> is a snapshot; null for a live activity.</summary>
    public static IReadOnlyList<CreditDistribution>? RecordedDistributionsOf(Activity activity) =>
        RecordedDistributions.TryGetValue(activity, out var distributions) ? distributions : null;

    /// <summary>The snapshot a recorded distribution belongs to; null for a live distribution.</summary>
    public static Activity? RecordedOwnerOf(CreditDistribution distribution) =>
        RecordedOwners.TryGetValue(distribution, out var owner) ? owner : null;
}
