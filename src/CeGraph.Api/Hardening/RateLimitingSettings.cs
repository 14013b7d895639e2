namespace CeGraph.Api.Hardening;

/// <summary>The <c>RateLimiting</c> configuration section: fixed one-minute windows per API key and per anonymous client address.</summary>
public sealed class RateLimitingSettings
{
    public const string SectionName = "RateLimiting";

    /// <summary><c>RateLimiting:Enabled</c>; false turns every limit off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute for each API key. <c>RateLimiting:PermitsPerMinute</c>.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>
    /// Requests per minute for each client address without a (valid) key; IPv6 clients are grouped by /64.
    /// <c>RateLimiting:AnonymousPermitsPerMinute</c>.
    /// </summary>
    public int AnonymousPermitsPerMinute { get; set; } = 300;
}
