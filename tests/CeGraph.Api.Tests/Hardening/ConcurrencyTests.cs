using CeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening;

/// <summary><see cref="ConcurrencyScenarios"/> on the suite's database: SQLite, or PostgreSQL with CEGRAPH_TEST_PROVIDER=Postgres.</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output) : ConcurrencyScenarios(output)
{
    [Fact]
    public Task ReviewersDistributingTheSameActivity_AtOnce_LeaveOneCompleteDistribution() => RaceReviewersAsync();

    [Fact]
    public Task TwoHundredConcurrentEvaluations_EachStoreExactlyOneCheck() => EvaluateConcurrentlyAsync();

    protected override CeGraphAppFactory CreateFactory() => new PoolLimited();

    /// <summary>On PostgreSQL, at most 20 connections: 200 simultaneous requests queue for them instead of exhausting the shared test server.</summary>
    private sealed class PoolLimited() : HardeningFactory(TestKeys.AdminSetting)
    {
        protected override void ConfigureSettings(IDictionary<string, string?> settings)
        {
            base.ConfigureSettings(settings);
            if (IsPostgres)
            {
                settings["ConnectionStrings:CeGraph"] = ConnectionString + ";Maximum Pool Size=20";
            }
        }
    }
}
