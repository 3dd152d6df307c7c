namespace LeadPlatform.Abstractions.Grains;

/// <summary>Installation-wide one-time steps. Use the single key <see cref="Key"/>.</summary>
[Alias("leadplatform.IPlatformGrain")]
public interface IPlatformGrain : IGrainWithStringKey
{
    public const string Key = "platform";

    /// <summary>Whether the first admin key was issued already (any later start skips the bootstrap).</summary>
    [Alias("IsAdminBootstrapped")] Task<bool> IsAdminBootstrapped();

    /// <summary>True exactly once per installation: the caller's first admin key, stored already, is the one to print.</summary>
    [Alias("ClaimAdminBootstrap")] Task<bool> ClaimAdminBootstrap();

    /// <summary>True exactly once per installation: the caller then seeds the demo data.</summary>
    [Alias("ClaimDemoSeed")] Task<bool> ClaimDemoSeed();

    /// <summary>Answers when the silo is up and the grain's state could be read: used by readiness.</summary>
    [Alias("Ping")] Task Ping();
}
