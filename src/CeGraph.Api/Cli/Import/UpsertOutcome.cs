namespace CeGraph.Api.Cli.Import;

public enum UpsertOutcome
{
    Unchanged,
    Created,
    Updated,
}
