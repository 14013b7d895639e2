namespace CeGraph.Api.Hosting;

/// <summary>The value of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
