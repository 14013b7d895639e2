namespace CeGraph.Api.Cli.Import;

/// <summary>What an upsert did to one kind of row.</summary>
public sealed class EntityCounts
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public void Count(UpsertOutcome outcome)
    {
        switch (outcome)
        {
            case UpsertOutcome.Created:
                Created++;
                break;
            case UpsertOutcome.Updated:
                Updated++;
                break;
            default:
                Unchanged++;
                break;
        }
    }
}
