namespace CeGraph.Api.Tests.Hardening.Fuzzing;

/// <summary>
/// One generated request. <see cref="Raw"/> requests are written byte for byte to a socket (broken HTTP, invalid UTF-8 in
/// the request line); the others go through HttpClient. <see cref="MayDropConnection"/>: the server may answer before
/// reading the whole (oversized) body and close the connection, which the client then sees as a send failure.
/// </summary>
public sealed record HostileRequest(
    int Index,
    string Kind,
    string Method,
    string PathAndQuery,
    byte[]? Body,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Raw = null,
    bool MayDropConnection = false)
{
    /// <summary>What to print when this request misbehaves: enough to reproduce it from the seed and index.</summary>
    public string Describe()
    {
        var body = Body is null ? "" : System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 600));
        var raw = Raw is null ? "" : System.Text.Encoding.Latin1.GetString(Raw, 0, Math.Min(Raw.Length, 300));
        return $"#{Index} {Kind}: {Method} {PathAndQuery[..Math.Min(PathAndQuery.Length, 300)]} [{ContentType}] {body}{raw}";
    }
}
