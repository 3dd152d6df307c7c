using System.Diagnostics;
using LeadPlatform.Api.Tests.Processes;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// The host run as the README runs it keeps its store in <c>./data</c>, under its content root. ASP.NET Core's default
/// reload of appsettings.json watched that whole tree, so every store write woke a watcher thread. The host polls the
/// settings files instead: nothing watches the store, and a changed settings file still takes effect.
/// </summary>
public sealed class ConfigurationFilePollingTests
{
    private const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Fact]
    public async Task The_store_folder_under_the_working_folder_is_not_watched()
    {
        using var overall = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var host = await BuiltHost.StartAsync(overall.Token);
        var store = Path.Combine(host.WorkDirectory, "data");
        Assert.True(Directory.Exists(store), $"the host did not create its store folder {store}");

        var watched = WatchedInodes(host.ProcessId);

        Assert.DoesNotContain(Inode(store), watched);
        Assert.DoesNotContain(Inode(host.WorkDirectory), watched);
    }

    [Fact]
    public async Task A_changed_settings_file_still_takes_effect()
    {
        using var overall = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var host = await BuiltHost.StartAsync(overall.Token,
            workFiles: new Dictionary<string, string> { ["appsettings.json"] = Settings(requestLogLevel: "Warning") });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        (await client.GetAsync("health/live", overall.Token)).EnsureSuccessStatusCode();
        Assert.DoesNotContain("Request starting", host.Output);

        await File.WriteAllTextAsync(Path.Combine(host.WorkDirectory, "appsettings.json"), Settings(requestLogLevel: "Information"), overall.Token);

        // Polled every 4 s: a request is logged once the new level is read.
        while (!host.Output.Contains("Request starting"))
        {
            (await client.GetAsync("health/live", overall.Token)).EnsureSuccessStatusCode();
            await Task.Delay(250, overall.Token);
        }
    }

    private static string Settings(string requestLogLevel) =>
        $$"""{ "Logging": { "LogLevel": { "{{RequestLogCategory}}": "{{requestLogLevel}}" } } }""";

    /// <summary>The inodes every inotify instance of the process watches (Linux: <c>/proc/PID/fdinfo</c>), in hex.</summary>
    private static HashSet<string> WatchedInodes(int processId)
    {
        var inodes = new HashSet<string>();
        foreach (var descriptor in Directory.GetFiles($"/proc/{processId}/fd"))
        {
            if (new FileInfo(descriptor).LinkTarget != "anon_inode:inotify") continue;
            foreach (var line in File.ReadLines($"/proc/{processId}/fdinfo/{Path.GetFileName(descriptor)}"))
            {
                var field = line.Split(' ').FirstOrDefault(part => part.StartsWith("ino:", StringComparison.Ordinal));
                if (line.StartsWith("inotify", StringComparison.Ordinal) && field is not null) inodes.Add(field["ino:".Length..]);
            }
        }
        return inodes;
    }

    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return long.Parse(inode).ToString("x");
    }
}
