using System.Globalization;

namespace CeGraph.Api.Cli.Import;

/// <summary>The closing summary: one line per kind of row, in a fixed shape that scripts can read.</summary>
public static class ImportSummaryPrinter
{
    public static void Print(ImportSummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("Import summary");
        Line(output, "disciplines", summary.Disciplines);
        Line(output, "sponsors", summary.Sponsors);
        Line(output, "outlines", summary.Outlines);
        Line(output, "categories", summary.Categories);
        var a = summary.Activities;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  activities: read {summary.Read}, created {a.Created}, updated {a.Updated}, unchanged {a.Unchanged}, rejected {summary.Rejected}"));
        if (summary.ChangedNothing && summary.Rejected == 0)
        {
            output.WriteLine("  The database already held this dataset: nothing changed.");
        }
    }

    private static void Line(TextWriter output, string name, EntityCounts counts) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"  {name}: created {counts.Created}, updated {counts.Updated}, unchanged {counts.Unchanged}"));
}
