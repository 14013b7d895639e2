using CeGraph.Api.WriteRules;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// The column lengths of the EF model for the outline catalog (outlines.json), checked before writing so PostgreSQL never
/// truncates or fails a batch; names also meet <see cref="TextRule"/>'s characters. Activities use the write rules directly.
/// </summary>
public static class FieldLimits
{
    public const int DisciplineCode = 16;
    public const int DisciplineName = 200;
    public const int SponsorCode = 32;
    public const int SponsorName = 300;
    public const int OutlineVersion = 32;
    public const int CategoryCode = 64;
    public const int CategoryName = 300;

    /// <summary>Null when <paramref name="value"/> is present, one line, short enough and free of refused characters, else the problem.</summary>
    public static string? Check(string? value, string field, int maxLength) => TextRule.SingleLine(value, maxLength, field)?.Message;
}
