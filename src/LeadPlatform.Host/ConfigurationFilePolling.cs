namespace LeadPlatform.Host;

/// <summary>
/// appsettings*.json reload on change, as ASP.NET Core's defaults have it, but by polling those files (every 4 s) rather
/// than with a FileSystemWatcher. That watcher covers the content root (the working folder) and everything under it, and
/// the embedded store's default folder, <c>./data</c>, is under it: every write to the store woke the watcher's thread
/// (an inotify event and a file lookup per write to the SQLite log): twice the thread switches per <c>assessEmployee</c>,
/// and 7-32 % more writes a second without it (docs/PERFORMANCE.md, thirteenth round).
/// </summary>
public static class ConfigurationFilePolling
{
    /// <summary>Read by every <c>PhysicalFileProvider</c> (the one for the content root too) when it starts watching.</summary>
    public const string Variable = "DOTNET_USE_POLLING_FILE_WATCHER";

    /// <summary>Called before the host's builder exists; an operator's own value of the variable is kept.</summary>
    public static void Enable()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null) Environment.SetEnvironmentVariable(Variable, "true");
    }
}
