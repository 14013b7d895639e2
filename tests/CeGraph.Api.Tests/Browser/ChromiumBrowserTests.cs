namespace CeGraph.Api.Tests.Browser;

/// <summary>The browser test skips on a machine without Chromium, and fails there when a browser is required.</summary>
public sealed class ChromiumBrowserTests
{
    [Fact]
    public void BrowserTests_WithoutChromium_SkipAndSayWhy()
    {
        var reason = ChromiumBrowser.SkipReasonFor("/nowhere/chromium", _ => false, required: false);

        Assert.NotNull(reason);
        Assert.Contains("/nowhere/chromium", reason, StringComparison.Ordinal);
        Assert.Contains(ChromiumBrowser.RequireVariable, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredBrowser_WithoutChromium_MakesTheTestRunAndFail()
    {
        Assert.Null(ChromiumBrowser.SkipReasonFor("/nowhere/chromium", _ => false, required: true));
    }

    [Fact]
    public void BrowserTests_WithChromium_Run()
    {
        Assert.Null(ChromiumBrowser.SkipReasonFor("/usr/bin/chromium", path => path == "/usr/bin/chromium", required: false));
    }

    [Fact]
    public void ConfiguredPath_WinsOverDebians()
    {
        Assert.Equal("/opt/chrome/chrome", ChromiumBrowser.ExecutablePathFrom("/opt/chrome/chrome"));
        Assert.Equal(ChromiumBrowser.DebianPath, ChromiumBrowser.ExecutablePathFrom(null));
        Assert.Equal(ChromiumBrowser.DebianPath, ChromiumBrowser.ExecutablePathFrom(""));
    }
}
