namespace CeGraph.Api.Cli.Import;

/// <summary>The column lengths of the EF model, checked before writing so PostgreSQL never truncates or fails a batch.</summary>
public static class FieldLimits
{
    public const int DisciplineCode = 16;
    public const int DisciplineName = 200;
    public const int SponsorCode = 32;
    public const int SponsorName = 300;
    public const int OutlineVersion = 32;
    public const int CategoryCode = 64;
    public const int CategoryName = 300;
    public const int ActivityCode = 64;
    public const int ActivityTitle = 500;

    /// <summary>Null when <paramref name="value"/> is present and short enough, else the problem.</summary>
    public static string? Check(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? $"{field} is missing"
        : value.Length > maxLength ? $"{field} is longer than {maxLength} characters"
        : null;
}
