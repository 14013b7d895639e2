using System.Data.Common;
using CeGraph.Api.Data.Postgres;
using CeGraph.Api.Data.Sqlite;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The loser of a unique-index race is an expected outcome (answered DUPLICATE_CODE), not an error: nothing is logged at Error.
/// The race is made certain, not hoped for: right after the submission's existence check reads "no such code", an interceptor
/// submits the same code through a second request, so the first one's insert meets the unique index. Runs on the suite's provider.
/// </summary>
public sealed class ExpectedRaceLogTests
{
    private const string Code = "RACE-LOSER-01";

    [Fact]
    public async Task SubmitActivity_LosingTheUniqueCodeRace_AnswersDuplicateCodeAndLogsNoError()
    {
        using var factory = new RaceFactory();
        using var client = factory.CreateGraphQLClient();
        client.ApiKey = TestKeys.Admin;
        _ = await client.DataAsync("{ disciplines { code } }"); // started; set-up logs are not this test's business
        factory.Logs.Clear();
        factory.Injector.Conflict = async () =>
        {
            using var winner = factory.CreateGraphQLClient();
            winner.ApiKey = TestKeys.Admin;
            var won = await winner.DataAsync(Documents.SubmitActivity, Input());
            Assert.Empty(won["submitActivity"]!["errors"]!.AsArray());
        };

        var data = await client.DataAsync(Documents.SubmitActivity, Input());

        Assert.True(factory.Injector.Fired, "the race was not staged");
        Assert.Equal(["DUPLICATE_CODE"], Documents.ErrorCodes(data["submitActivity"]!));
        Assert.True(factory.Logs.Errors.Count == 0, string.Join('\n', factory.Logs.Errors));
    }

    [Fact]
    public async Task Responses_OverKestrel_CarryNoServerHeader()
    {
        using var factory = new HardeningFactory();
        factory.StartKestrel();
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(", ", response.Headers.Server));
    }

    private static object Input() => new
    {
        input = new { code = Code, title = "Race", sponsorCode = "SAMPLE-NWIE", credits = 1m, ceCategory = "A", approvedOn = "2026-01-01" },
    };

    /// <summary>Runs <see cref="Conflict"/> once, after the first query that looks the race code up in Activities has executed.</summary>
    private sealed class ConflictInjector : DbCommandInterceptor
    {
        private int fired;

        public Func<Task>? Conflict { get; set; }

        public bool Fired => Volatile.Read(ref fired) == 1;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Conflict is { } conflict
                && command.CommandText.Contains("\"Activities\"", StringComparison.Ordinal)
                && !command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase)
                && command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, Code))
                && Interlocked.Exchange(ref fired, 1) == 0)
            {
                await conflict();
            }

            return result;
        }
    }

    private sealed class RaceFactory() : HardeningFactory(TestKeys.AdminSetting)
    {
        public ConflictInjector Injector { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.ConfigureDbContext<SqliteCeGraphDbContext>((_, options) => options.AddInterceptors(Injector));
            services.ConfigureDbContext<PostgresCeGraphDbContext>((_, options) => options.AddInterceptors(Injector));
        }
    }
}
