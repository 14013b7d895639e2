namespace CeGraph.Api.Tests.Postgres;

/// <summary>A fact that needs PostgreSQL: skipped without <c>CEGRAPH_TEST_POSTGRES</c>, unless <c>CEGRAPH_REQUIRE_POSTGRES=1</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresTestDatabase.SkipReason;
    }
}
