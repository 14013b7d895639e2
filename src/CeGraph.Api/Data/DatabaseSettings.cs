namespace CeGraph.Api.Data;

/// <summary>The provider and connection string in force, as read at start-up.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
