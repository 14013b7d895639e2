namespace CeGraph.Api.Tests.Browser;

/// <summary>A fact that needs Chromium: skipped when none is found, unless <c>CEGRAPH_REQUIRE_BROWSER=1</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = ChromiumBrowser.SkipReason;
    }
}
