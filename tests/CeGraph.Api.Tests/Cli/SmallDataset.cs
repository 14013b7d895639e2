using System.Globalization;
using System.Text;

namespace CeGraph.Api.Tests.Cli;

/// <summary>
/// A small deterministic dataset in the dataset format, written by the tests themselves: two disciplines of
/// its own (TA, TB), three sponsors, four outline versions, and <c>count</c> activities of every status.
/// </summary>
public static class SmallDataset
{
    public const string OutlinesJson = """
        {
          "disciplines": [
            { "code": "TA", "name": "Test Angiography", "pathways": ["POSTPRIMARY"] },
            { "code": "TB", "name": "Test Biplane Imaging", "pathways": ["PRIMARY", "POSTPRIMARY"] }
          ],
          "sponsors": [
            { "code": "S1", "name": "First Test Society" },
            { "code": "S2", "name": "Société de Test – Röntgen" },
            { "code": "S3", "name": "Third Test Academy" }
          ],
          "outlines": [
            { "discipline": "TA", "kind": "STRUCTURED_EDUCATION", "version": "2023-01", "effectiveFrom": "2023-01-01", "effectiveUntil": null,
              "categories": [
                { "code": "PC", "name": "Patient Care", "examItems": 20, "children": [
                  { "code": "PC.1", "name": "Patient Interactions", "examItems": null, "children": [
                    { "code": "PC.1.1", "name": "Consent", "examItems": null, "children": [] } ] },
                  { "code": "PC.2", "name": "Infection Control", "examItems": null, "children": [] } ] },
                { "code": "S", "name": "Safety", "examItems": 30, "children": [
                  { "code": "S.1", "name": "Radiation Protection", "examItems": null, "children": [] } ] } ] },
            { "discipline": "TA", "kind": "CQR_SSA", "version": "2019-01", "effectiveFrom": "2019-01-01", "effectiveUntil": "2023-12-31",
              "categories": [
                { "code": "PC", "name": "Patient Care", "examItems": null, "children": [
                  { "code": "PC.1", "name": "Patient Interactions", "examItems": null, "children": [] } ] } ] },
            { "discipline": "TA", "kind": "CQR_SSA", "version": "2024-01", "effectiveFrom": "2024-01-01", "effectiveUntil": null,
              "categories": [
                { "code": "PC", "name": "Patient Care", "examItems": null, "children": [
                  { "code": "PC.1", "name": "Patient Interactions", "examItems": null, "children": [] },
                  { "code": "PC.2", "name": "Contrast Media", "examItems": null, "children": [] } ] } ] },
            { "discipline": "TB", "kind": "STRUCTURED_EDUCATION", "version": "2024-01", "effectiveFrom": "2024-01-01", "effectiveUntil": null,
              "categories": [
                { "code": "IP", "name": "Image Production", "examItems": null, "children": [
                  { "code": "IP.1", "name": "Acquisition", "examItems": null, "children": [] },
                  { "code": "IP.2", "name": "Display", "examItems": null, "children": [] } ] } ] }
          ]
        }
        """;

    public static string Code(int n) => string.Create(CultureInfo.InvariantCulture, $"ACT-{n:0000}");

    /// <summary>Writes outlines.json and activities.jsonl (one line per activity, each ending in a newline).</summary>
    public static void Write(string folder, int count, IEnumerable<string>? extraLines = null)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "outlines.json"), OutlinesJson, new UTF8Encoding(false));
        var lines = Enumerable.Range(1, count).Select(Activity).Concat(extraLines ?? []);
        File.WriteAllText(Path.Combine(folder, "activities.jsonl"), string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
    }

    /// <summary>The n-th activity: statuses, sponsors, credits and distributions vary with n.</summary>
    public static string Activity(int n)
    {
        var quarters = 2 + (n * 7 % 11);
        var credits = Money(quarters);
        var status = n % 10 == 0 ? "SUBMITTED" : n % 13 == 0 ? "REJECTED" : "DISTRIBUTED";
        var distributions = status == "SUBMITTED" ? "[]"
            : n % 3 == 0 ? $$"""[{{Distribution("TB", "STRUCTURED_EDUCATION", "2024-01", ("IP.2", quarters))}},{{Distribution("TA", "CQR_SSA", "2024-01", ("PC.2", 1), ("PC.1", quarters - 1))}}]"""
            : $$"""[{{Distribution("TA", "STRUCTURED_EDUCATION", "2023-01", ("PC.1.1", 1), ("S.1", quarters - 1))}}]""";
        return Line(Code(n), $"Röntgen – Test Activity {n}", $"S{1 + (n % 3)}", credits, n % 4 == 0 ? "A_PLUS" : "A", status,
            new DateOnly(2024, 1, 1).AddDays(n), n % 5 == 0 ? null : new DateOnly(2026, 1, 1).AddDays(n), distributions);
    }

    public static string Line(string code, string title, string sponsor, string credits, string ceCategory, string status,
        DateOnly approvedOn, DateOnly? expiresOn, string distributionsJson)
    {
        var expires = expiresOn is { } e ? $"\"{e:yyyy-MM-dd}\"" : "null";
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"code":"{{code}}","title":"{{title}}","sponsor":"{{sponsor}}","credits":"{{credits}}","ceCategory":"{{ceCategory}}","status":"{{status}}","approvedOn":"{{approvedOn:yyyy-MM-dd}}","expiresOn":{{expires}},"distributions":{{distributionsJson}}}""");
    }

    public static string Distribution(string discipline, string kind, string version, params (string Category, int Quarters)[] lines) =>
        $$"""{"discipline":"{{discipline}}","kind":"{{kind}}","version":"{{version}}","lines":[{{string.Join(",", lines.Select(l => $$"""{"category":"{{l.Category}}","credits":"{{Money(l.Quarters)}}"}"""))}}]}""";

    public static string Money(int quarters) => string.Create(CultureInfo.InvariantCulture, $"{quarters / 4}.{quarters % 4 * 25:00}");
}
