using System.Data.Common;
using System.Net.Sockets;

namespace CeGraph.Api.Data;

/// <summary>Turns "the database is down or misconfigured" exceptions into one readable explanation without secrets.</summary>
public static class DatabaseFailure
{
    private static readonly string[] SecretKeys = ["password", "pwd", "passfile"];

    /// <summary>True for failures that come from reaching or using the database rather than from a bug.</summary>
    public static bool IsDatabaseProblem(Exception exception) =>
        Chain(exception).Any(e => e is DbException or SocketException or TimeoutException or ArgumentException);

    public static string Describe(Exception exception, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var causes = string.Join(" <- ", Chain(exception).Select(e => e.Message.Trim().TrimEnd('.')).Distinct(StringComparer.Ordinal));
        return $"The {settings.Provider} database ({Redact(settings.ConnectionString)}) could not be opened or migrated: {causes}. " +
               "Check ConnectionStrings:CeGraph (ConnectionStrings__CeGraph) and Database:Provider (Database__Provider), " +
               "and that the database server is running.";
    }

    /// <summary>The connection string without passwords; "(malformed)" when it does not parse.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in builder.Keys.Cast<string>().Where(k => SecretKeys.Contains(k.ToLowerInvariant())).ToList())
            {
                builder[key] = "***";
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "malformed connection string";
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
