using System.Text.Json;
using System.Text.Json.Serialization;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>
/// A fulfillment check's result as stored (JSON in <c>FulfillmentCheck.ResultJson</c>): every number, with the ids needed to show
/// it. Written once when the check is made and never updated, so later catalog changes cannot alter it.
/// </summary>
public sealed record StoredEvaluation(IReadOnlyList<StoredRuleResult> Rules, IReadOnlyList<StoredIgnored> Ignored)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static StoredEvaluation FromJson(string json) =>
        JsonSerializer.Deserialize<StoredEvaluation>(json, Options) ?? throw new InvalidOperationException("A stored check has an empty result.");
}

/// <summary>One rule's result; <paramref name="RuleOrdinal"/> is the rule's position in its requirement.</summary>
public sealed record StoredRuleResult(int RuleOrdinal, decimal Required, decimal Earned, decimal Remaining, bool Satisfied, string? Detail, IReadOnlyList<StoredContribution> Contributions);

/// <summary>
/// One contribution. <paramref name="Activity"/> is the activity as recorded when the check was made; it is null in checks stored
/// before activities were recorded, and in a plan's check (computed now, not stored), which show the live activity instead.
/// </summary>
public sealed record StoredContribution(
    int ActivityId, string ActivityCode, int CategoryId, string CategoryCode, decimal Credits, bool InRequirementOutline, StoredActivity? Activity = null);

public sealed record StoredIgnored(string ActivityCode, DateOnly CompletedOn, IgnoredReason Reason, string Detail);

/// <summary>A completion exactly as the caller gave it.</summary>
public sealed record StoredCompletion(string ActivityCode, DateOnly CompletedOn);
