using System.Reflection;

namespace LeadPlatform.Api.Tests.Processes;

/// <summary>Where the repository and the built host are, seen from the test assembly's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in; the host was built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string SchemaFile => Path.Combine(Root, "src", "LeadPlatform.Api", "schema.graphql");

    public static string HostDll => Path.Combine(Root, "src", "LeadPlatform.Host", "bin", Configuration, "net10.0", "LeadPlatform.Host.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadPlatform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No LeadPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
