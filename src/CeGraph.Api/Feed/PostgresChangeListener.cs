using CeGraph.Api.Data;
using CeGraph.Api.Data.ChangeLog;
using Npgsql;

namespace CeGraph.Api.Feed;

/// <summary>
/// On PostgreSQL, LISTENs for the writers' NOTIFY and pulses <see cref="CatalogChangeSignal"/>, so an entry committed
/// through any node wakes this node's hub at once. It carries no data: after a reconnect it pulses too, and the hub
/// reads whatever it missed from the log. Does nothing on SQLite (one node; local commits pulse directly).
/// </summary>
public sealed class PostgresChangeListener(DatabaseSettings database, CatalogChangeSignal signal, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30 }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Pulse();
                await using (var listen = new NpgsqlCommand($"LISTEN {CatalogChangeWriter.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Pulse(); // whatever committed while not listening
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Never let an exception escape: it would stop the whole host.
                logger.LogWarning(exception, "Lost the PostgreSQL change notifications; reconnecting (the poll keeps the feed going meanwhile).");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
