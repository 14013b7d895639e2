using System.Data.Common;
using System.Net;
using CeGraph.Api.Data.Sqlite;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// Another process holds SQLite's write lock. Writers wait for it (the connection's busy timeout, <c>Default Timeout</c>,
/// 30 s unless the connection string says otherwise); past the timeout they get a typed, retryable DATABASE_BUSY error in
/// a 200 response: never a 500, never a misleading ConcurrentUpdateError. SQLite only, whatever CEGRAPH_TEST_PROVIDER says.
/// </summary>
public sealed class SqliteBusyTests : IClassFixture<SqliteBusyTests.OneSecondBusyTimeout>
{
    private const string Evaluate = """
        mutation($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { id } errors { code } } }
        """;

    private readonly OneSecondBusyTimeout factory;

    public SqliteBusyTests(OneSecondBusyTimeout factory)
    {
        this.factory = factory;
        factory.Logs.Clear();
    }

    [Fact]
    public async Task Writers_WaitForAShortLockAndThenSucceed()
    {
        // The default busy timeout (30 s): writers queue behind the lock and then one another. Before BEGIN IMMEDIATE, all
        // but the first failed here with "database is locked" (their read snapshots had gone stale while they waited).
        using var sqlite = new SqliteOnly(null);
        using var client = sqlite.CreateGraphQLClient();
        var (partner, input) = await SetUpAsync(client);
        client.ApiKey = partner;

        Task<GraphQLResponse>[] writes;
        using (await WriteLock.TakeAsync(sqlite.ConnectionString))
        {
            var waiting = sqlite.WriteAttempts.WhenCountReaches(sqlite.WriteAttempts.Count + 10);
            writes = [.. Enumerable.Range(0, 10).Select(_ => client.PostAsync(Evaluate, new { input }))];

            // Every writer is at BEGIN IMMEDIATE, behind the lock, before it is released (the deadline only bounds a failure).
            await waiting.WaitAsync(TimeSpan.FromSeconds(60));
        }

        foreach (var response in await Task.WhenAll(writes))
        {
            Assert.True(response.Status == HttpStatusCode.OK && response.Json?["errors"] is null, response.Pretty);
            Assert.NotNull(response.Json!["data"]!["evaluateRequirement"]!["check"]);
        }
    }

    [Fact]
    public async Task LockHeld_PastTheBusyTimeout_GivesARetryableDatabaseBusyError()
    {
        using var client = factory.CreateGraphQLClient();
        var (partner, input) = await SetUpAsync(client);
        var reviewer = await TestKeys.CreateAsync(client, "REVIEWER");
        var facts = await CatalogFacts.ReadAsync(client);

        GraphQLResponse evaluation, distribution;
        using (await WriteLock.TakeAsync(factory.ConnectionString))
        {
            client.ApiKey = partner;
            evaluation = await client.PostAsync(Evaluate, new { input });
            client.ApiKey = reviewer;
            distribution = await client.PostAsync(
                "mutation($input: AssignCreditDistributionInput!) { assignCreditDistribution(input: $input) { distribution { id } errors { __typename } } }",
                new { input = new { activityCode = "SAMPLE-0001", disciplineCode = facts.DisciplineCode, kind = facts.Kind, lines = new[] { new { categoryCode = facts.CategoryCodes[0], credits = 0.25m } } } });
        }

        foreach (var response in new[] { evaluation, distribution })
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            var error = response.Json!["errors"]![0]!;
            Assert.Equal("DATABASE_BUSY", error["extensions"]!["code"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(error["extensions"]!["correlationId"]?.GetValue<string>()));
            Assert.DoesNotContain("SQLite", response.Body, StringComparison.OrdinalIgnoreCase);
        }

        // EF Core logs the failed command itself; our own code logs a Warning, not an Error.
        Assert.DoesNotContain(factory.Logs.Errors, e => e.Category.StartsWith("CeGraph", StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Entries, e => e.Message.Contains("busy database", StringComparison.Ordinal));

        client.ApiKey = partner;
        var retried = await client.PostAsync(Evaluate, new { input });
        Assert.True(retried.Json?["errors"] is null && retried.Json!["data"]!["evaluateRequirement"]!["check"] is not null, retried.Pretty);
    }

    private static async Task<(string Partner, object Input)> SetUpAsync(GraphQLClient client)
    {
        var partner = await TestKeys.CreateAsync(client, "PARTNER");
        var facts = await CatalogFacts.ReadAsync(client);
        return (partner, new { requirementId = facts.RequirementId, completions = new[] { new { activityCode = "SAMPLE-0001", completedOn = "2025-01-15" } } });
    }

    /// <summary>The application with a one-second SQLite busy timeout instead of thirty.</summary>
    public sealed class OneSecondBusyTimeout() : SqliteOnly("Default Timeout=1");

    /// <summary>The application on its SQLite file (also when the suite runs on PostgreSQL), with extra connection-string keywords.</summary>
    public class SqliteOnly(string? keywords) : CeGraphAppFactory
    {
        public new string ConnectionString => $"Data Source={DatabasePath}";

        /// <summary>The application's write attempts (see <see cref="WriteAttemptCounter"/>).</summary>
        public WriteAttemptCounter WriteAttempts { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging
                .AddProvider(WriteAttempts)
                .AddFilter<WriteAttemptCounter>(DbLoggerCategory.Database.Transaction.Name, LogLevel.Debug));
        }

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<SqliteCeGraphDbContext>((_, options) => options.AddInterceptors(WriteAttempts));

        protected override void ConfigureSettings(IDictionary<string, string?> settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            settings["Database:Provider"] = "Sqlite";
            settings["ConnectionStrings:CeGraph"] = keywords is null ? ConnectionString : $"{ConnectionString};{keywords}";
            settings[TestKeys.AdminSetting.Key] = TestKeys.AdminSetting.Value;
        }
    }

    /// <summary>SQLite's write lock, taken by a connection of our own (as another process would), until disposed.</summary>
    private sealed class WriteLock : IAsyncDisposable, IDisposable
    {
        private readonly SqliteConnection connection;

        private WriteLock(SqliteConnection connection) => this.connection = connection;

        public static async Task<WriteLock> TakeAsync(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
            return new WriteLock(connection);
        }

        public void Dispose()
        {
            using var rollback = connection.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
            connection.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Counts the application's write attempts as they reach SQLite's write lock: EF Core's "beginning transaction" log
    /// event (logged before BEGIN IMMEDIATE waits for the lock) and write statements run without a transaction of their own
    /// (EF Core sends a single-statement SaveChanges as it is; the statement then waits). While the lock is held, each
    /// request counts at most once (its first attempt waits), so a count reached then means that many writers wait.
    /// </summary>
    public sealed class WriteAttemptCounter : DbCommandInterceptor, ILoggerProvider
    {
        private readonly Lock gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
        private int count;

        public int Count
        {
            get
            {
                lock (gate)
                {
                    return count;
                }
            }
        }

        /// <summary>Completes once <paramref name="target"/> write attempts were made in all.</summary>
        public Task WhenCountReaches(int target)
        {
            lock (gate)
            {
                if (count >= target)
                {
                    return Task.CompletedTask;
                }

                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((target, reached));
                return reached.Task;
            }
        }

        public ILogger CreateLogger(string categoryName) =>
            categoryName == DbLoggerCategory.Database.Transaction.Name ? new TransactionLog(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            CountIfWrite(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            CountIfWrite(command);
            return ValueTask.FromResult(result);
        }

        private void CountIfWrite(DbCommand command)
        {
            // A write inside a transaction was counted when the transaction began.
            var text = command.CommandText.TrimStart();
            if (command.Transaction is not null || !((string[])["INSERT", "UPDATE", "DELETE"]).Any(verb => text.StartsWith(verb, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            Increment();
        }

        private void Increment()
        {
            lock (gate)
            {
                count++;
                foreach (var waiter in waiters.Where(w => w.Count <= count).ToList())
                {
                    waiter.Reached.TrySetResult();
                    waiters.Remove(waiter);
                }
            }
        }

        private sealed class TransactionLog(WriteAttemptCounter owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (eventId.Id == RelationalEventId.TransactionStarting.Id)
                {
                    owner.Increment();
                }
            }
        }
    }
}
