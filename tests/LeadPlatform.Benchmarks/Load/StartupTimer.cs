using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// Start-up to ready: starts the published host as a process and times process start → first
/// <c>GET /health/ready</c> 200 (polled every 10 ms), several times; each run on a fresh data folder
/// unless one is given (then the same, already seeded, store).
/// </summary>
public static class StartupTimer
{
    public static async Task<int> Run(Arguments args)
    {
        var executable = args.Text("host");
        var runs = args.Number("runs", 5);
        var adminKey = args.Text("admin-key");
        var dataFolder = args.Text("data", "");
        var timings = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = dataFolder.Length > 0 ? dataFolder : Directory.CreateTempSubdirectory("leadplatform-startup-").FullName;
            try
            {
                var ms = await TimeOne(executable, folder, adminKey);
                timings.Add(ms);
                Console.WriteLine($"  run {run}: {ms:F0} ms");
            }
            finally
            {
                if (dataFolder.Length == 0) Directory.Delete(folder, recursive: true);
            }
        }
        timings.Sort();
        var median = timings.Count % 2 == 1 ? timings[timings.Count / 2] : (timings[timings.Count / 2 - 1] + timings[timings.Count / 2]) / 2;
        Console.WriteLine($"startup median {median:F0} ms, min {timings[0]:F0} ms, max {timings[^1]:F0} ms ({runs} runs)");
        return 0;
    }

    private static async Task<double> TimeOne(string executable, string dataFolder, string adminKey)
    {
        var http = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(executable)!,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{http}";
        start.Environment["LeadPlatform__DataDirectory"] = dataFolder;
        start.Environment["LeadPlatform__AdminApiKey"] = adminKey;
        start.Environment["LeadPlatform__Orleans__SiloPort"] = FreePort().ToString();
        start.Environment["LeadPlatform__Orleans__GatewayPort"] = FreePort().ToString();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{http}/"), Timeout = TimeSpan.FromSeconds(5) };

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode} before it was ready.");
                try
                {
                    using var response = await client.GetAsync("health/ready");
                    if (response.StatusCode == HttpStatusCode.OK) return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(10);
            }
            throw new TimeoutException("The host was not ready within 60 s.");
        }
        finally
        {
            // SIGTERM, as an orchestrator stops it, so the store is closed cleanly before the next run.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString()])) term?.WaitForExit(5_000);
            if (!process.WaitForExit(30_000)) process.Kill(entireProcessTree: true);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
