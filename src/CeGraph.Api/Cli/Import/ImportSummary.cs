namespace CeGraph.Api.Cli.Import;

/// <summary>The counts an import reports at the end.</summary>
public sealed class ImportSummary
{
    public EntityCounts Disciplines { get; } = new();

    public EntityCounts Sponsors { get; } = new();

    public EntityCounts Outlines { get; } = new();

    public EntityCounts Categories { get; } = new();

    public EntityCounts Activities { get; } = new();

    /// <summary>Non-blank lines of activities.jsonl.</summary>
    public int Read { get; set; }

    public int Rejected { get; set; }

    public bool ChangedNothing =>
        new[] { Disciplines, Sponsors, Outlines, Categories, Activities }.All(c => c.Created == 0 && c.Updated == 0);
}
