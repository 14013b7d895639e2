namespace CeGraph.Api.GraphQL.Requirements;

public sealed class CompletionInput
{
    public string ActivityCode { get; set; } = string.Empty;

    public DateOnly CompletedOn { get; set; }
}
