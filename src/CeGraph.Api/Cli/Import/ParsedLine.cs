namespace CeGraph.Api.Cli.Import;

/// <summary>
/// The outcome of reading one line: either an activity ready to write or the reason the line is rejected.
/// <see cref="Code"/> is set whenever the line had one, so duplicates are caught even among rejected lines.
/// </summary>
public readonly record struct ParsedLine(string? Code, PendingActivity? Activity, string? Rejection)
{
    public static ParsedLine Reject(string? code, string reason) => new(code, null, reason);
}
