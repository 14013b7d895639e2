namespace CeGraph.Api.Data.Seeding;

/// <summary>What a start did to the database: whether it ran the migrator, and which seeders found something to add.</summary>
public sealed record DatabaseInitialization(bool Migrated, IReadOnlyList<string> Seeders)
{
    public const string Outlines = "outlines";
    public const string Requirements = "requirements";
    public const string SampleCatalog = "sample catalog";
}
