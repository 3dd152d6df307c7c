using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using LeadPlatform.Api.Tests.Processes;

namespace LeadPlatform.Api.Tests.Ide;

/// <summary>
/// Debian's headless Chromium with the DevTools protocol on a loopback port the browser picks itself.
/// A missing browser is a failure, not a skip: tests/run-all.sh installs it. Killed on dispose.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly string profileDirectory;
    private readonly StringBuilder output = new();

    private ChromiumBrowser(Process process, string profileDirectory)
    {
        this.process = process;
        this.profileDirectory = profileDirectory;
    }

    public int DevToolsPort { get; private set; }

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<ChromiumBrowser> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Chromium is not installed (looked for /usr/bin/chromium). Install it with " +
                "'apt-get install -y --no-install-recommends chromium', or run tests/run-all.sh, which does.");

        var profileDirectory = Directory.CreateTempSubdirectory("leadplatform-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The background-networking flags keep Chromium from calling out of this (offline) machine.
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--no-default-browser-check", "--window-size=1280,800",
                     $"--user-data-dir={profileDirectory}", "--remote-debugging-address=127.0.0.1",
                     // Port 0: Chromium picks a free one and writes it to DevToolsActivePort in the profile.
                     "--remote-debugging-port=0", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var browser = new ChromiumBrowser(process, profileDirectory);
        process.OutputDataReceived += (_, e) => browser.Append(e.Data);
        process.ErrorDataReceived += (_, e) => browser.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            browser.DevToolsPort = await browser.ReadDevToolsPortAsync(cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Attaches to the browser's first page (the about:blank it started with).</summary>
    public async Task<DevToolsSession> OpenPageAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            var targets = await client.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{DevToolsPort}/json/list", cancellationToken);
            foreach (var target in targets.EnumerateArray())
            {
                if (target.GetProperty("type").GetString() == "page" && target.TryGetProperty("webSocketDebuggerUrl", out var url))
                {
                    return await DevToolsSession.ConnectAsync(new Uri(url.GetString()!), cancellationToken);
                }
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Chromium shows no page target:\n{targets}");
            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task<int> ReadDevToolsPortAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(profileDirectory, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"Chromium exited with {process.ExitCode}:\n{Output}");
            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file, cancellationToken);
                if (lines.Length > 0 && int.TryParse(lines[0], out var port) && port > 0) return port;
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"Chromium did not open its DevTools port within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        await ProcessReaper.KillAsync(process);
        ProcessReaper.DeleteDirectory(profileDirectory);
    }
}
