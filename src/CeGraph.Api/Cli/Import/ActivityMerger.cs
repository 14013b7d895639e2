using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>Builds a new activity from a line, or brings a tracked one in line with it, reporting whether anything changed.</summary>
public static class ActivityMerger
{
    public static Activity Create(PendingActivity pending, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var activity = new Activity { Code = pending.Code, Title = pending.Title, Revision = Guid.NewGuid(), UpdatedAt = now };
        CopyFields(activity, pending);
        activity.Distributions.AddRange(pending.Distributions.Select(d => NewDistribution(d, now)));
        return activity;
    }

    /// <summary>True when the stored activity already says exactly what the line says (fields and distributions).</summary>
    public static bool Matches(Activity activity, PendingActivity pending)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(pending);
        return SameFields(activity, pending)
               && activity.Distributions.Count == pending.Distributions.Count
               && pending.Distributions.All(p => activity.Distributions.FirstOrDefault(d => SameKey(d, p)) is { } d && SameLines(d, p));
    }

    /// <summary>True when the activity or any of its distributions changed; its revision is then renewed.</summary>
    public static bool Merge(CeGraphDbContext db, Activity activity, PendingActivity pending, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(pending);
        var changed = !SameFields(activity, pending);
        CopyFields(activity, pending);
        foreach (var stale in activity.Distributions.Where(d => !pending.Distributions.Any(p => SameKey(d, p))).ToList())
        {
            db.Distributions.Remove(stale);
            activity.Distributions.Remove(stale);
            changed = true;
        }

        foreach (var wanted in pending.Distributions)
        {
            var current = activity.Distributions.FirstOrDefault(d => SameKey(d, wanted));
            if (current is null)
            {
                activity.Distributions.Add(NewDistribution(wanted, now));
                changed = true;
            }
            else if (!SameLines(current, wanted))
            {
                // Replaced in place: same row (one per discipline and kind), new outline version and lines.
                db.Allocations.RemoveRange(current.Lines);
                current.Lines.Clear();
                current.OutlineId = wanted.OutlineId;
                current.TotalHundredths = wanted.Lines.Sum(l => l.Hundredths);
                current.AssignedAt = now;
                current.UpdatedAt = now;
                current.Lines.AddRange(NewLines(wanted));
                changed = true;
            }
        }

        if (changed)
        {
            activity.Revision = Guid.NewGuid();
            activity.UpdatedAt = now;
        }

        return changed;
    }

    private static bool SameFields(Activity a, PendingActivity p) =>
        a.Title == p.Title && a.SponsorId == p.SponsorId && a.CreditHundredths == p.CreditHundredths && a.CeCategory == p.CeCategory
        && a.Status == p.Status && a.ApprovedOn == p.ApprovedOn && a.ExpiresOn == p.ExpiresOn && !a.IsSample
        && (p.Status == ActivityStatus.Rejected || a.RejectionReason is null);

    private static void CopyFields(Activity a, PendingActivity p)
    {
        a.Title = p.Title;
        a.SponsorId = p.SponsorId;
        a.CreditHundredths = p.CreditHundredths;
        a.CeCategory = p.CeCategory;
        a.Status = p.Status;
        a.ApprovedOn = p.ApprovedOn;
        a.ExpiresOn = p.ExpiresOn;
        a.IsSample = false;
        if (p.Status != ActivityStatus.Rejected)
        {
            a.RejectionReason = null;
        }
    }

    private static bool SameKey(CreditDistribution d, PendingDistribution p) => d.DisciplineId == p.DisciplineId && d.Kind == p.Kind;

    private static bool SameLines(CreditDistribution d, PendingDistribution p) =>
        d.OutlineId == p.OutlineId
        && d.Lines.OrderBy(l => l.Ordinal).Select(l => (l.CategoryId, l.CreditHundredths)).SequenceEqual(p.Lines);

    private static CreditDistribution NewDistribution(PendingDistribution p, DateTime now)
    {
        var distribution = new CreditDistribution
        {
            DisciplineId = p.DisciplineId,
            OutlineId = p.OutlineId,
            Kind = p.Kind,
            TotalHundredths = p.Lines.Sum(l => l.Hundredths),
            AssignedAt = now,
            UpdatedAt = now,
        };
        distribution.Lines.AddRange(NewLines(p));
        return distribution;
    }

    private static IEnumerable<CreditAllocation> NewLines(PendingDistribution p) =>
        p.Lines.Select((l, i) => new CreditAllocation { CategoryId = l.CategoryId, CreditHundredths = l.Hundredths, Ordinal = i });
}
