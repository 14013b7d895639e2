namespace CeGraph.Api.Tests.Browser;

/// <summary>The browser test skips on a machine without Chromium, and fails there when a browser is required.</summary>
public sealed class ChromiumBrowserTests
{
    [Fact]
    public void Without_chromium_browser_tests_skip_and_say_why()
    {
        var reason = ChromiumBrowser.SkipReasonFor("/nowhere/chromium", _ => false, required: false);

        Assert.NotNull(reason);
        Assert.Contains("/nowhere/chromium", reason, StringComparison.Ordinal);
        Assert.Contains(ChromiumBrowser.RequireVariable, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_chromium_a_required_browser_makes_the_test_run_and_fail()
    {
        Assert.Null(ChromiumBrowser.SkipReasonFor("/nowhere/chromium", _ => false, required: true));
    }

    [Fact]
    public void With_chromium_browser_tests_run()
    {
        Assert.Null(ChromiumBrowser.SkipReasonFor("/usr/bin/chromium", path => path == "/usr/bin/chromium", required: false));
    }

    [Fact]
    public void A_configured_path_wins_over_debians()
    {
        Assert.Equal("/opt/chrome/chrome", ChromiumBrowser.ExecutablePathFrom("/opt/chrome/chrome"));
        Assert.Equal(ChromiumBrowser.DebianPath, ChromiumBrowser.ExecutablePathFrom(null));
        Assert.Equal(ChromiumBrowser.DebianPath, ChromiumBrowser.ExecutablePathFrom(""));
    }
}
