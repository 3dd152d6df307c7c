using System.Diagnostics;
using System.Text;

namespace LeadPlatform.Api.Tests.Processes;

/// <summary>
/// The built host (src/LeadPlatform.Host/bin/…/LeadPlatform.Host.dll) as a real process on a real loopback port,
/// for what WebApplicationFactory's in-memory server cannot do: a browser, several silos, a hard kill.
/// Killed on dispose.
/// </summary>
internal sealed class BuiltHost : IAsyncDisposable
{
    public const string AdminKey = "process-test-admin-key-0123456789abcdef";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly string workDirectory;

    private BuiltHost(Process process, string workDirectory, Uri baseAddress)
    {
        this.process = process;
        this.workDirectory = workDirectory;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:port/</c></summary>
    public Uri BaseAddress { get; }

    /// <summary>The process's working folder, which is also its content root (where it reads appsettings.json).</summary>
    public string WorkDirectory => workDirectory;

    public int ProcessId => process.Id;

    /// <summary>What the host printed so far (for failure messages).</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <param name="environment">Extra settings (environment variables) on top of a private data folder and free ports.</param>
    /// <param name="waitUntilReady">False to return as soon as the process runs.</param>
    /// <param name="workFiles">Files (name, content) written to the working folder before the host starts.</param>
    public static async Task<BuiltHost> StartAsync(CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, bool waitUntilReady = true,
        IReadOnlyDictionary<string, string>? workFiles = null)
    {
        var dll = RepoPaths.HostDll;
        if (!File.Exists(dll)) throw new InvalidOperationException($"The host is not built: {dll} is missing (build LeadPlatform.sln in {RepoPaths.Configuration}).");

        var workDirectory = Directory.CreateTempSubdirectory("leadplatform-browser-host-").FullName;
        foreach (var (name, content) in workFiles ?? new Dictionary<string, string>()) File.WriteAllText(Path.Combine(workDirectory, name), content);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        // The dotnet that runs the tests (set by the dotnet CLI), so the host runs on the same runtime.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        // The in-process test hosts ran Program, which sets this variable in the test process; a host started by hand
        // starts without it, so its children must too (ConfigurationFilePollingTests depends on it).
        start.Environment.Remove(LeadPlatform.Host.ConfigurationFilePolling.Variable);
        start.Environment["ASPNETCORE_URLS"] = baseAddress.GetLeftPart(UriPartial.Authority);
        start.Environment["LeadPlatform__DataDirectory"] = Path.Combine(workDirectory, "data");
        start.Environment["LeadPlatform__AdminApiKey"] = AdminKey;
        start.Environment["LeadPlatform__Orleans__SiloPort"] = FreePort.Next().ToString();
        start.Environment["LeadPlatform__Orleans__GatewayPort"] = FreePort.Next().ToString();
        start.Environment["LeadPlatform__Demo"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new BuiltHost(process, workDirectory, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (waitUntilReady) await host.WaitUntilReadyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => !process.HasExited;

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no flush, like a crashed machine.</summary>
    public void KillHard()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    /// <summary>Asks the process to shut down (SIGTERM, as an orchestrator does) and waits for it.</summary>
    public async Task StopGracefullyAsync()
    {
        if (process.HasExited) return;
        Process.Start("kill", ["-TERM", process.Id.ToString()])?.WaitForExit(5_000);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
        }
    }

    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode} before it was ready:\n{Output}");
            try
            {
                using var response = await client.GetAsync("health/ready", cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow answer during start-up; ask again.
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"The host at {BaseAddress} was not ready within {ReadyTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        await ProcessReaper.KillAsync(process);
        ProcessReaper.DeleteDirectory(workDirectory);
    }
}
