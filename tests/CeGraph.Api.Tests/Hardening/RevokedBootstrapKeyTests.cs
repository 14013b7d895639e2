using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The bootstrap key revoked through the API, then a restart with the same CEGRAPH_ADMIN_KEY: the server refuses to start with
/// one clear paragraph on standard error (no stack trace) and a non-zero exit code; a revoked secret is never made valid again.
/// </summary>
[Trait("Category", "SqliteOnly")]
public sealed class RevokedBootstrapKeyTests : IDisposable
{
    private const string Secret = "cgk_bootstrap-revoked-then-restarted-0123456789";
    private readonly string databasePath = Path.Combine(CeGraphAppFactory.DatabaseFolder, $"bootstrap-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Restart_WithTheSecretOfARevokedBootstrapKey_StopsWithAClearMessageAndNonZeroExit()
    {
        Directory.CreateDirectory(CeGraphAppFactory.DatabaseFolder);
        var environment = new Dictionary<string, string> { ["CEGRAPH_ADMIN_KEY"] = Secret, ["Seed__SampleCatalog"] = "false" };
        using (var server = await ServerProcess.StartAsync(databasePath, environment))
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
            // A fresh database: the bootstrap key is the first key.
            using var revoke = await http.PostAsJsonAsync("graphql", new
            {
                query = "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } errors { code } } }",
                variables = new { id = GlobalId.Encode("ApiKey", 1) },
            });
            var body = await revoke.Content.ReadAsStringAsync();
            Assert.Contains("revokedAt\":\"", body, StringComparison.Ordinal);
        }

        var (exitCode, output) = await RunToExitAsync(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CeGraph cannot start.", output, StringComparison.Ordinal);
        Assert.Contains("revoked", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            File.Delete(databasePath + suffix);
        }
    }

    private async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var dll = ServerProcess.LocateServer();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__CeGraph"] = $"Data Source={databasePath}";
        start.Environment["Database__Provider"] = "Sqlite";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The server kept running with the secret of a revoked bootstrap key:\n" + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
