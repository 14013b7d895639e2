using CeGraph.Api.Data.Seeding;

namespace CeGraph.Api.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Migrates and seeds the database; when the database cannot be reached or used, writes one clear paragraph
    /// to standard error (no stack trace) and returns false, so the process can exit non-zero.
    /// </summary>
    public static async Task<bool> TryInitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        try
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception exception) when (DatabaseFailure.IsDatabaseProblem(exception))
        {
            await Console.Error.WriteLineAsync($"CeGraph cannot start. {DatabaseFailure.Describe(exception, settings)}");
            return false;
        }
    }
}
