using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.DataLoader;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// The one place that decides who reads which live activity, and so which distributions: everyone sees published (DISTRIBUTED)
/// activities; a SPONSOR key also sees its own sponsor's SUBMITTED and REJECTED ones; REVIEWER and ADMIN keys see all (they
/// review them). A distribution is visible exactly when its activity is: a rejected activity keeps its distribution rows, but
/// they are as hidden as the activity. Every field that returns a live <c>Activity</c> or <c>CreditDistribution</c> goes
/// through <see cref="Apply"/> (lists, in SQL), <see cref="Load"/> or <see cref="LoadDistribution"/>; a hidden one reads as
/// null, exactly like an id that does not exist. Activities shown inside a stored fulfillment check are the check's own
/// record (<see cref="ActivitySnapshot"/>), not live ones.
/// </summary>
public static class ActivityVisibility
{
    public static IQueryable<Activity> Apply(IQueryable<Activity> activities, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Has(ApiRole.Reviewer))
        {
            return activities;
        }

        var sponsorId = caller.Role == ApiRole.Sponsor ? caller.SponsorId : null;
        return sponsorId is int own
            ? activities.Where(a => a.Status == ActivityStatus.Distributed || a.SponsorId == own)
            : activities.Where(a => a.Status == ActivityStatus.Distributed);
    }

    public static bool CanSee(Caller caller, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Status == ActivityStatus.Distributed
            || caller.Has(ApiRole.Reviewer)
            || (caller.Role == ApiRole.Sponsor && caller.SponsorId == activity.SponsorId);
    }

    /// <summary>The live activity with this id, or null when there is none or the caller may not see it (batched).</summary>
    public static IDataLoaderResult<Activity?> Load(IResolveFieldContext context, int activityId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller();
        return context.Loaders().ActivityById.Load(activityId).Then(a => a is not null && CanSee(caller, a) ? a : null);
    }

    /// <summary>The distribution with this id, or null when there is none or the caller may not see its activity (both loads batched).</summary>
    public static IDataLoaderResult<CreditDistribution?> LoadDistribution(IResolveFieldContext context, int distributionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Chained<CreditDistribution?, CreditDistribution?>(
            context.Loaders().DistributionById.Load(distributionId),
            d => d is null ? null : Load(context, d.ActivityId).Then(a => a is null ? null : d));
    }

    /// <summary>
    /// A second batched load on the result of the first. Through the untyped interface the execution strategy receives the
    /// second result un-awaited and parks it too, so the second loads of a <c>nodes</c> list are batched as well.
    /// </summary>
    private sealed class Chained<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, IDataLoaderResult<TResult>?> next) : IDataLoaderResult<TResult?>
    {
        public async Task<TResult?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await source.GetResultAsync(cancellationToken)) is { } second ? await second.GetResultAsync(cancellationToken) : default;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            next(await source.GetResultAsync(cancellationToken));
    }
}
