using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// Start-up to ready: starts the published host as a process and times process start → first
/// <c>GET /health/ready</c> 200 (polled every 10 ms), several times; each run on a fresh data folder
/// unless one is given (then the same, already seeded, store). Also reports the host's CPU time (user + system)
/// until ready: on a shared machine the wall time moves with the neighbours' load, the CPU time far less.
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
        var cpuTimes = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = dataFolder.Length > 0 ? dataFolder : Directory.CreateTempSubdirectory("leadplatform-startup-").FullName;
            try
            {
                var (ms, cpuMs) = await TimeOne(executable, folder, adminKey);
                timings.Add(ms);
                cpuTimes.Add(cpuMs);
                Console.WriteLine($"  run {run}: {ms:F0} ms, host CPU {cpuMs:F0} ms");
            }
            finally
            {
                if (dataFolder.Length == 0) Directory.Delete(folder, recursive: true);
            }
        }
        timings.Sort();
        Console.WriteLine($"startup median {Median(timings):F0} ms, min {timings[0]:F0} ms, max {timings[^1]:F0} ms ({runs} runs)");
        Console.WriteLine($"startup host CPU median {Median(cpuTimes):F0} ms");
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<(double Ms, double CpuMs)> TimeOne(string executable, string dataFolder, string adminKey)
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
                    if (response.StatusCode == HttpStatusCode.OK) return (clock.Elapsed.TotalMilliseconds, CpuMilliseconds(process.Id));
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

    /// <summary>User + system time of a process so far, from /proc/&lt;pid&gt;/stat (fields 14 and 15, in clock ticks of 1/100 s).</summary>
    private static double CpuMilliseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may contain spaces; the fields after it start past its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
