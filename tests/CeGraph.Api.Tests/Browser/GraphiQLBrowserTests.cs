using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CeGraph.Api.Tests.Browser;

/// <summary>
/// Opens GraphiQL in Debian's headless Chromium against the real server on a loopback port, runs a query and
/// reads the result pane. Needs Chromium (<see cref="ChromiumBrowser"/>: CI installs Debian's and sets
/// <c>CEGRAPH_REQUIRE_BROWSER=1</c>); without it the test skips with the reason.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GraphiQLBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [BrowserFact]
    public async Task Graphiql_RunsAQueryAgainstTheServerAndShowsTheResult()
    {
        var chromiumPath = ChromiumBrowser.ExecutablePath;
        Assert.True(File.Exists(chromiumPath), $"{chromiumPath} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium).");
        using var factory = new CeGraphAppFactory();
        var baseAddress = factory.StartKestrel();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromiumPath, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { problems.Add($"console: {message.Text}"); } };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) { problems.Add($"HTTP {r.Status}: {r.Url}"); } };

        var response = await page.GotoAsync(new Uri(baseAddress, "graphql").ToString());
        Assert.Equal(200, response?.Status);

        // The query editor is CodeMirror: set its text through the editor's own API, then press the run button.
        var editor = page.Locator(".graphiql-query-editor .CodeMirror").First;
        await editor.WaitForAsync(new() { Timeout = 30_000 });
        await editor.EvaluateAsync("(element, query) => element.CodeMirror.setValue(query)", "{ disciplines { code } }");
        await page.Locator("button.graphiql-execute-button").ClickAsync();

        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("\"CT\"", new() { Timeout = 30_000 });
        Assert.Contains("\"disciplines\"", await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, "The page reported problems (CSP violations, failed assets):\n" + string.Join('\n', problems));
        Assert.True(factory.Logs.Errors.Count == 0, string.Join('\n', factory.Logs.Errors));
    }
}
