namespace CeGraph.Api.Data.Entities;

/// <summary>A category of an outline version. Codes are unique within a version and stable across versions.</summary>
public sealed class ContentCategory
{
    public int Id { get; set; }

    public int OutlineId { get; set; }

    public ContentOutline? Outline { get; set; }

    public int? ParentId { get; set; }

    public ContentCategory? Parent { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>1 for a major content category, 2 for a subcategory, 3 for a topic.</summary>
    public int Level { get; set; }

    /// <summary>Position in document order within the whole outline.</summary>
    public int Ordinal { get; set; }

    public int? ExamItems { get; set; }
}
