using System.Text.Json;
using System.Text.Json.Serialization;

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
