namespace CeGraph.Api.Data.Entities;

/// <summary>
/// An immutable audit record of one evaluation: the completions as given, the outline version used, the
/// full result as JSON, and who asked when. Nothing updates a row once written.
/// </summary>
public sealed class FulfillmentCheck
{
    public int Id { get; set; }

    public int RequirementId { get; set; }

    public Requirement? Requirement { get; set; }

    public int OutlineId { get; set; }

    public bool Fulfilled { get; set; }

    public DateOnly AsOf { get; set; }

    public DateTime EvaluatedAt { get; set; }

    public long CountedHundredths { get; set; }

    public int? ApiKeyId { get; set; }

    /// <summary>The completions exactly as the caller gave them, as JSON.</summary>
    public required string CompletionsJson { get; set; }

    /// <summary>The stored result (rules, contributions, ignored completions), as JSON.</summary>
    public required string ResultJson { get; set; }
}
