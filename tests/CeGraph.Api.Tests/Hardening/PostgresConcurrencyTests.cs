using CeGraph.Api.Tests.Infrastructure;
using CeGraph.Api.Tests.Postgres;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// <see cref="ConcurrencyScenarios"/> on PostgreSQL whenever CEGRAPH_TEST_POSTGRES is set (scripts/pg-test-cluster.sh),
/// even when the rest of the suite runs on SQLite; skipped otherwise.
/// </summary>
public sealed class PostgresConcurrencyTests(ITestOutputHelper output) : ConcurrencyScenarios(output)
{
    [PostgresFact]
    public Task ReviewersDistributingTheSameActivity_AtOnce_LeaveOneCompleteDistribution() => RaceReviewersAsync();

    [PostgresFact]
    public Task TwoHundredConcurrentEvaluations_EachStoreExactlyOneCheck() => EvaluateConcurrentlyAsync();

    protected override CeGraphAppFactory CreateFactory() => new OnPostgres();

    /// <summary>The application on a fresh PostgreSQL database of its own, dropped on dispose.</summary>
    private sealed class OnPostgres : CeGraphAppFactory
    {
        private readonly PostgresTestDatabase database = PostgresTestDatabase.CreateAsync("hardening").GetAwaiter().GetResult();

        protected override void ConfigureSettings(IDictionary<string, string?> settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            settings["Database:Provider"] = "Postgres";
            // At most 20 connections: 200 simultaneous requests queue for them instead of exhausting the shared test server.
            settings["ConnectionStrings:CeGraph"] = database.ConnectionString + ";Maximum Pool Size=20";
            settings[TestKeys.AdminSetting.Key] = TestKeys.AdminSetting.Value;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
