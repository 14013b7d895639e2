namespace CeGraph.Domain;

/// <summary>The kinds of requirement CeGraph evaluates.</summary>
public enum RequirementKind
{
    StructuredEducation,
    CqrPrescription,
}
