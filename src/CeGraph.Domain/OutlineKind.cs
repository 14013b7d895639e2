namespace CeGraph.Domain;

/// <summary>What a content outline is for.</summary>
public enum OutlineKind
{
    Examination,
    StructuredEducation,
    CqrSsa,
}
