namespace CeGraph.Api.Tests.Browser;

/// <summary>
/// Where the browser tests find Chromium: <c>CEGRAPH_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.
/// Without one the tests skip with a visible reason, unless <c>CEGRAPH_REQUIRE_BROWSER=1</c> (CI sets it), which turns
/// the skip into a failure. Browsers are never downloaded (no <c>playwright install</c>).
/// </summary>
public static class ChromiumBrowser
{
    public const string PathVariable = "CEGRAPH_CHROMIUM";
    public const string RequireVariable = "CEGRAPH_REQUIRE_BROWSER";
    public const string DebianPath = "/usr/bin/chromium";

    public static string ExecutablePath => ExecutablePathFrom(Environment.GetEnvironmentVariable(PathVariable));

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why browser tests skip, or null when they run (Chromium found, or required and so failing loudly).</summary>
    public static string? SkipReason => SkipReasonFor(ExecutablePath, File.Exists, IsRequired);

    public static string ExecutablePathFrom(string? configured) => configured is { Length: > 0 } ? configured : DebianPath;

    public static string? SkipReasonFor(string executablePath, Func<string, bool> exists, bool required)
    {
        ArgumentNullException.ThrowIfNull(exists);
        return exists(executablePath) || required
            ? null
            : $"No Chromium at {executablePath} (install Debian's chromium or set {PathVariable}); set {RequireVariable}=1 to make this a failure.";
    }
}
