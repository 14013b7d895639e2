namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>
/// One contribution. <paramref name="Activity"/> is the activity as recorded when the check was made; it is null in checks stored
/// before activities were recorded, and in a plan's check (computed now, not stored), which show the live activity instead.
/// </summary>
public sealed record StoredContribution(
    int ActivityId, string ActivityCode, int CategoryId, string CategoryCode, decimal Credits, bool InRequirementOutline, StoredActivity? Activity = null);
