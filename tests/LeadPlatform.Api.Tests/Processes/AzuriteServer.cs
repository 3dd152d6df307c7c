using System.Diagnostics;
using System.Net.Sockets;

namespace LeadPlatform.Api.Tests.Processes;

/// <summary>
/// Azurite from the repository's pinned npm install (tests/azurite, installed by tests/run-all.sh), on loopback
/// with free ports and its own folder. Can be stopped and started again on the same ports and data (outages).
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string location = Directory.CreateTempSubdirectory("leadplatform-azurite-").FullName;
    private readonly int blobPort = FreePort.Next();
    private readonly int queuePort = FreePort.Next();
    private readonly int tablePort = FreePort.Next();
    private Process? process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>Azurite's own data folder (its databases and extents), e.g. to search the raw store.</summary>
    public string DataFolder => location;

    public static string Executable => Path.Combine(RepoPaths.Root, "tests", "azurite", "node_modules", ".bin", "azurite");

    public static async Task<AzuriteServer> StartNewAsync()
    {
        var server = new AzuriteServer();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"Azurite is not installed at {Executable}: run 'npm ci' in tests/azurite (tests/run-all.sh does).");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--silent", "--skipApiVersionCheck", "--location", location,
            "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(),
        }) start.ArgumentList.Add(argument);
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await Listening(tablePort) || !await Listening(blobPort))
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited with {process.ExitCode}.");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Azurite did not listen within 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Stops Azurite (TERM, then KILL: it can linger); the data folder stays for a restart.</summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        if (!process.HasExited)
        {
            Process.Start("kill", ["-TERM", process.Id.ToString()])?.WaitForExit(5_000);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        await ProcessReaper.KillAsync(process);
        process = null;
    }

    private static async Task<bool> Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        ProcessReaper.DeleteDirectory(location);
    }
}
