using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeGraph.Api.Data;

/// <summary>
/// EF Core logs every failed command and SaveChanges at Error with the exception's stack trace, also when the failure is
/// expected: the loser of a unique-index race (two submissions of one code, two assignments of one distribution), which the
/// handlers catch and answer with a typed error. Those two events go to Debug; a failure nobody expected still reaches the
/// log once, with its stack trace, through the GraphQL error logger (or the last-resort error handler).
/// </summary>
public static class FailedCommandLogging
{
    public static DbContextOptionsBuilder LogFailedCommandsAsDebug(this DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
    }
}
