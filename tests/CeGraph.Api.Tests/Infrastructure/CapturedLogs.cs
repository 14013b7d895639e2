using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CeGraph.Api.Tests.Infrastructure;

/// <summary>A logger provider that keeps every entry at Warning or above, so tests can assert "nothing failed".</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. entries];

    /// <summary>Entries at Error or Critical (an unhandled 500 is logged at Error).</summary>
    public IReadOnlyList<CapturedLogEntry> Errors => [.. entries.Where(e => e.Level >= LogLevel.Error)];

    public void Clear() => entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.entries.Enqueue(new CapturedLogEntry(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
}
