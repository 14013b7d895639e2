using System.Globalization;

namespace CeGraph.Domain.Evaluation;

/// <summary>How dates, amounts and outlines read in the engine's human-readable details. Culture-invariant.</summary>
internal static class EvaluationText
{
    public static string Date(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);

    public static string Outline(string disciplineCode, OutlineKind kind) => $"{disciplineCode} {Kind(kind)}";

    public static string Kind(OutlineKind kind) => kind switch
    {
        OutlineKind.Examination => "examination",
        OutlineKind.StructuredEducation => "structured education",
        OutlineKind.CqrSsa => "CQR self-assessment",
        _ => kind.ToString(),
    };
}
