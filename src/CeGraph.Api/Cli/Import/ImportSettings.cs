namespace CeGraph.Api.Cli.Import;

/// <summary>The <c>Import</c> configuration section of the <c>import</c> command.</summary>
public sealed class ImportSettings
{
    public const string SectionName = "Import";

    public const int DefaultActivitiesPerTransaction = ActivityStreamImporter.BatchSize * 10;

    /// <summary>
    /// How many activities one transaction holds (<c>Import:ActivitiesPerTransaction</c>), rounded up to whole batches
    /// of <see cref="ActivityStreamImporter.BatchSize"/>. Fewer means less to redo after a crash and shorter write locks;
    /// more means fewer commits, each of which rewrites every index page the transaction touched (docs/benchmarks.md,
    /// import round 8).
    /// </summary>
    public int ActivitiesPerTransaction { get; set; } = DefaultActivitiesPerTransaction;

    /// <summary>Whole batches per transaction, or <see langword="null"/> when the setting is not a positive number.</summary>
    public int? BatchesPerTransaction =>
        ActivitiesPerTransaction > 0 ? (int)Math.Ceiling(ActivitiesPerTransaction / (double)ActivityStreamImporter.BatchSize) : null;

    /// <summary>The section as configured; a value that is not a number reads as 0, which <see cref="BatchesPerTransaction"/> refuses.</summary>
    public static ImportSettings From(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(SectionName).Get<ImportSettings>() ?? new ImportSettings();
        }
        catch (InvalidOperationException)
        {
            return new ImportSettings { ActivitiesPerTransaction = 0 };
        }
    }
}
