namespace LeadPlatform.Abstractions.Grains;

/// <summary>Installation-wide one-time steps. Use the single key <see cref="Key"/>.</summary>
[Alias("leadplatform.IPlatformGrain")]
public interface IPlatformGrain : IGrainWithStringKey
{
    public const string Key = "platform";

    /// <summary>True exactly once per installation: the caller then generates the first admin key.</summary>
    [Alias("ClaimAdminBootstrap")] Task<bool> ClaimAdminBootstrap();

    /// <summary>True exactly once per installation: the caller then seeds the demo data.</summary>
    [Alias("ClaimDemoSeed")] Task<bool> ClaimDemoSeed();

    /// <summary>Answers when the silo is up and the grain's state could be read: used by readiness.</summary>
    [Alias("Ping")] Task Ping();
}
