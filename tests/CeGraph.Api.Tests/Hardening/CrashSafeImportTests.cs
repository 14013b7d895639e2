using System.Diagnostics;
using CeGraph.Api.Tests.Cli;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The import CLI (<c>dotnet CeGraph.Api.dll import DIR</c>) is killed with SIGKILL part-way through a 30,000-activity
/// file: the database passes SQLite's integrity check, every activity in it is whole (all its distributions and lines) or
/// absent, and importing the same folder again completes the catalog. The killed run commits every batch (1,000
/// activities; the default is ten batches per commit), so thirty commits leave a wide window to kill it between the
/// second and the last, however busy the machine.
/// </summary>
public sealed class CrashSafeImportTests(ITestOutputHelper output) : IDisposable
{
    private const int Count = 30_000;
    private readonly string folder = Path.Combine(CeGraphAppFactory.DatabaseFolder, $"import-{Guid.NewGuid():N}");

    private string DatabasePath => Path.Combine(folder, "cegraph.db");

    [Fact]
    public async Task Import_KilledMidway_LeavesOnlyWholeActivitiesAndARerunCompletes()
    {
        SmallDataset.Write(Path.Combine(folder, "dataset"), Count);

        Directory.CreateDirectory(folder);
        using var writes = new FileWrites(folder);
        using (var import = StartImport("--Import:ActivitiesPerTransaction=1000"))
        {
            // Count again whenever the import wrote to the database files (another process: the file system is the event).
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var exited = import.WaitForExitAsync(deadline.Token);
            var stored = 0L;
            while (!import.HasExited && !deadline.IsCancellationRequested)
            {
                var written = writes.Next;
                stored = await TryCountAsync();
                if (stored >= 2_000)
                {
                    break;
                }

                try
                {
                    await Task.WhenAny(written, exited).WaitAsync(deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    // Past the deadline: the assertions below say what happened.
                }
            }

            Assert.False(import.HasExited, "the import finished before it could be killed; make the dataset larger");
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        var partial = await AssertEveryActivityWholeAsync();
        output.WriteLine($"Killed with {partial} of {Count} activities stored.");
        Assert.InRange(partial, 1, Count - 1);

        using (var rerun = StartImport())
        {
            await rerun.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
            Assert.Equal(0, rerun.ExitCode);
        }

        Assert.Equal(Count, await AssertEveryActivityWholeAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Process StartImport(params string[] configuration)
    {
        var dll = ServerProcess.LocateServer();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[dll, "import", Path.Combine(folder, "dataset"), $"--ConnectionStrings:CeGraph=Data Source={DatabasePath}", "--Database:Provider=Sqlite", "--Seed:SampleCatalog=false", .. configuration])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Checks each imported activity against what the dataset says it has (SmallDataset: none for SUBMITTED, else two
    /// distributions with three lines when n is a multiple of 3, one with two lines otherwise), and every distribution's
    /// lines against its total. Returns how many activities are stored.
    /// </summary>
    private async Task<long> AssertEveryActivityWholeAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.Code,
                   (SELECT COUNT(*) FROM Distributions d WHERE d.ActivityId = a.Id),
                   (SELECT COUNT(*) FROM Allocations l JOIN Distributions d ON l.DistributionId = d.Id WHERE d.ActivityId = a.Id),
                   (SELECT COUNT(*) FROM Distributions d WHERE d.ActivityId = a.Id
                      AND d.TotalHundredths <> (SELECT COALESCE(SUM(l.CreditHundredths), 0) FROM Allocations l WHERE l.DistributionId = d.Id))
            FROM Activities a WHERE a.Code LIKE 'ACT-%'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        long stored = 0;
        while (await reader.ReadAsync())
        {
            stored++;
            var code = reader.GetString(0);
            var n = int.Parse(code[4..], System.Globalization.CultureInfo.InvariantCulture);
            var (distributions, lines) = n % 10 == 0 ? (0, 0) : n % 3 == 0 ? (2, 3) : (1, 2);
            Assert.True(reader.GetInt64(1) == distributions && reader.GetInt64(2) == lines && reader.GetInt64(3) == 0,
                $"{code} is partial: {reader.GetInt64(1)} distributions, {reader.GetInt64(2)} lines, {reader.GetInt64(3)} with wrong totals");
        }

        return stored;
    }

    private async Task<long> TryCountAsync()
    {
        try
        {
            return await ScalarAsync<long>("SELECT COUNT(*) FROM Activities WHERE Code LIKE 'ACT-%'", readOnly: true);
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, bool readOnly = false)
    {
        await using var connection = await OpenAsync(readOnly);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Read-only while the import runs, so the test never takes a write lock from it. After the kill, read-write, as the
    /// server or the next import opens it: a WAL file whose index the killed writer left mid-update needs recovery, which a
    /// read-only connection may refuse (SQLITE_READONLY_RECOVERY).
    /// </summary>
    private async Task<SqliteConnection> OpenAsync(bool readOnly = false)
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode={(readOnly ? "ReadOnly" : "ReadWrite")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Completes <see cref="Next"/> on each write to a file in the folder (inotify on Linux).</summary>
    private sealed class FileWrites : IDisposable
    {
        private readonly FileSystemWatcher watcher;
        private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public FileWrites(string folder)
        {
            watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.EnableRaisingEvents = true;
        }

        /// <summary>Completes at the next write after it was read.</summary>
        public Task Next => Volatile.Read(ref next).Task;

        public void Dispose() => watcher.Dispose();

        private void Signal() =>
            Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
