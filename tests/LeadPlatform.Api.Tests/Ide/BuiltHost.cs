using System.Diagnostics;
using System.Text;

namespace LeadPlatform.Api.Tests.Ide;

/// <summary>
/// The built host (src/LeadPlatform.Host/bin/…/LeadPlatform.Host.dll) as a real process on a real loopback port,
/// for clients that cannot use WebApplicationFactory's in-memory server (a browser). Killed on dispose.
/// </summary>
internal sealed class BuiltHost : IAsyncDisposable
{
    public const string AdminKey = "browser-test-admin-key-0123456789abcdef";

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

    /// <summary>What the host printed so far (for failure messages).</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<BuiltHost> StartAsync(CancellationToken cancellationToken)
    {
        var dll = RepoPaths.HostDll;
        if (!File.Exists(dll)) throw new InvalidOperationException($"The host is not built: {dll} is missing (build LeadPlatform.sln in {RepoPaths.Configuration}).");

        var workDirectory = Directory.CreateTempSubdirectory("leadplatform-browser-host-").FullName;
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
        start.Environment["ASPNETCORE_URLS"] = baseAddress.GetLeftPart(UriPartial.Authority);
        start.Environment["LeadPlatform__DataDirectory"] = Path.Combine(workDirectory, "data");
        start.Environment["LeadPlatform__AdminApiKey"] = AdminKey;
        start.Environment["LeadPlatform__Orleans__SiloPort"] = FreePort.Next().ToString();
        start.Environment["LeadPlatform__Orleans__GatewayPort"] = FreePort.Next().ToString();
        start.Environment["LeadPlatform__Demo"] = "false";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new BuiltHost(process, workDirectory, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
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
