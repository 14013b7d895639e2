namespace CeGraph.Api.Cli.Import;

/// <summary>One line of a JSON Lines file. <see cref="Bytes"/> is valid only until the next line is read.</summary>
public readonly record struct JsonlLine(int Number, ReadOnlyMemory<byte> Bytes, JsonlLineKind Kind)
{
    public bool IsBlank => Bytes.Span.Trim(" \t"u8).IsEmpty && Kind != JsonlLineKind.TooLong;
}

public enum JsonlLineKind
{
    /// <summary>Ended by a newline.</summary>
    Complete,

    /// <summary>The last line, which the file ends without a newline: possibly cut short.</summary>
    Unterminated,

    /// <summary>Longer than the cap; its bytes were skipped, not kept.</summary>
    TooLong,
}
