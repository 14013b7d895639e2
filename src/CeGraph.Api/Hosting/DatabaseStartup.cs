using CeGraph.Api.Data;
using CeGraph.Api.Data.Seeding;
using CeGraph.Api.Security;

namespace CeGraph.Api.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Migrates and seeds the database; when the database cannot be reached or used, writes one clear paragraph
    /// to standard error (no stack trace) and returns false, so the process can exit non-zero. So does a refused
    /// CEGRAPH_ADMIN_KEY (e.g. the secret of a key revoked through the API).
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
        catch (BootstrapKeyRefusedException refused)
        {
            await Console.Error.WriteLineAsync($"CeGraph cannot start. {refused.Message}");
            return false;
        }
        catch (Exception exception) when (DatabaseFailure.IsDatabaseProblem(exception))
        {
            await Console.Error.WriteLineAsync($"CeGraph cannot start. {DatabaseFailure.Describe(exception, settings)}");
            return false;
        }
    }
}
