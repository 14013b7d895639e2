using System.Diagnostics;

namespace CeGraph.Api.Hardening;

/// <summary>
/// The id that ties a response to the server's log lines: the client's <c>X-Correlation-Id</c> when well-formed, else the
/// trace id (or a new GUID). It is kept as <see cref="HttpContext.TraceIdentifier"/>, so every log line of the request can carry it.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";
    public const int MaxLength = 64;

    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.TraceIdentifier;
    }

    /// <summary>1 to 64 characters of letters, digits, '-', '_', '.' and ':' (nothing that could forge a log line or a header).</summary>
    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public static string Choose(string? offered) =>
        IsWellFormed(offered) ? offered! : Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
}
