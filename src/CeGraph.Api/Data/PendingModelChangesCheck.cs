using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CeGraph.Api.Data;

/// <summary>
/// EF Core's <c>Migrate</c> compares the model with the last migration's snapshot on every call, to warn (by default:
/// throw) when a model change has no migration. That comparison builds the design-time model and diffs it: 12 % of a
/// fresh start's CPU (docs/benchmarks.md, start-up round 9), spent on every start for a mistake only a developer can make.
/// The check runs where that mistake is made instead, in the tests: <c>SqliteMigrationTests</c> and
/// <c>PostgresMigrationTests</c> fail when the model and the migrations differ.
/// </summary>
public static class PendingModelChangesCheck
{
    public static DbContextOptionsBuilder SkipPendingModelChangesCheck(this DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
