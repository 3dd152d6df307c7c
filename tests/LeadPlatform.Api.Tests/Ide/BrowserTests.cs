using System.Text.Json;
using Xunit.Abstractions;

using LeadPlatform.Api.Tests.Processes;

namespace LeadPlatform.Api.Tests.Ide;

/// <summary>
/// End to end as a developer uses it: the built host on a real port, headless Chromium opens /graphql/ui,
/// puts the API key in GraphiQL's headers editor, runs <c>{ me { role } }</c> with the run button and reads the answer.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    // GraphiQL 3 editors are CodeMirror 5 instances; the wrapper element carries the instance as .CodeMirror.
    private const string QueryEditor = "document.querySelector('.graphiql-query-editor .CodeMirror')";
    private const string HeadersEditor = "document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror')";
    private const string ResponseEditor = "document.querySelector('.graphiql-response .CodeMirror')";

    [Fact]
    public async Task GraphiQL_runs_a_query_with_the_api_key_from_its_headers_editor()
    {
        var started = DateTime.UtcNow;
        using var overall = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await using var host = await BuiltHost.StartAsync(overall.Token);
        await using var browser = await ChromiumBrowser.StartAsync(overall.Token);
        await using var page = await browser.OpenPageAsync(overall.Token);
        output.WriteLine($"host ready and browser up after {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        try
        {
            await page.SendAsync("Runtime.enable");
            await page.SendAsync("Log.enable");
            await page.SendAsync("Page.enable");
            var uiUrl = new Uri(host.BaseAddress, "graphql/ui").ToString();
            await page.SendAsync("Page.navigate", new { url = uiUrl });

            await page.WaitForAsync($"!!({QueryEditor} && {HeadersEditor} && {ResponseEditor})", StepTimeout, "GraphiQL to render its editors");
            // The schema loads without a key (docs, completion): the query editor's completion knows the Query type.
            await page.WaitForAsync($"{QueryEditor}.CodeMirror.options.hintOptions?.schema?.getQueryType()?.name === 'Query'",
                StepTimeout, "GraphiQL to load the schema");
            var prefilled = (await page.EvaluateAsync($"{HeadersEditor}.CodeMirror.getValue()")).GetString();
            Assert.Equal("""{"Authorization": "Bearer <paste your key>"}""", prefilled);

            // What a developer pastes: the key into the headers editor, the query into the query editor.
            var headers = JsonSerializer.Serialize(new Dictionary<string, string> { ["Authorization"] = $"Bearer {BuiltHost.AdminKey}" });
            await page.EvaluateAsync($"{HeadersEditor}.CodeMirror.setValue({JsonSerializer.Serialize(headers)})");
            await page.EvaluateAsync($"{QueryEditor}.CodeMirror.setValue('{{ me {{ role }} }}')");

            var button = await page.EvaluateAsync(
                "(() => { const r = document.querySelector('.graphiql-execute-button').getBoundingClientRect();" +
                " return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()");
            await page.ClickAsync(button.GetProperty("x").GetDouble(), button.GetProperty("y").GetDouble());

            var answer = await page.WaitForAsync(
                $"(() => {{ const text = {ResponseEditor}.CodeMirror.getValue(); return text.includes('\"me\"') ? text : null; }})()",
                StepTimeout, "the query's result in GraphiQL's response pane");
            output.WriteLine(answer.GetString());
            using var result = JsonDocument.Parse(answer.GetString()!);
            Assert.Equal("PLATFORM_ADMIN", result.RootElement.GetProperty("data").GetProperty("me").GetProperty("role").GetString());
            Assert.False(result.RootElement.TryGetProperty("errors", out _), answer.GetString());

            // Offline: the page and everything it loaded or fetched came from the host.
            var loaded = await page.EvaluateAsync("performance.getEntriesByType('resource').map(e => e.name)");
            var urls = loaded.EnumerateArray().Select(u => u.GetString()!).ToList();
            Assert.Contains(urls, u => u.EndsWith("/graphql/ui/graphiql.min.js", StringComparison.Ordinal));
            Assert.All(urls, u => Assert.StartsWith(host.BaseAddress.GetLeftPart(UriPartial.Authority) + "/", u));

            // No complaint expected: the schema comes without a key, and the query ran with one.
            var problems = page.Problems.ToList();
            Assert.True(problems.Count == 0, $"The page reported problems:\n{string.Join("\n", problems)}");
            output.WriteLine($"done after {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        }
        catch
        {
            var screenshot = Path.Combine(Path.GetTempPath(), $"leadplatform-graphiql-{Guid.NewGuid():N}.png");
            try
            {
                await page.SaveScreenshotAsync(screenshot);
                output.WriteLine($"screenshot: {screenshot}");
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
            {
                output.WriteLine($"no screenshot: {e.Message}");
            }
            output.WriteLine($"page problems:\n{string.Join("\n", page.Problems)}");
            output.WriteLine($"host output:\n{host.Output}");
            throw;
        }
    }
}
