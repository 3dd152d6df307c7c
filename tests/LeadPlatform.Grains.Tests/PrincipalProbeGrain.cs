using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Grains.Tests;

/// <summary>A test grain that tells which principal its calls carry (the silo's request context).</summary>
public interface IPrincipalProbeGrain : IGrainWithStringKey
{
    /// <summary>The tenant of the principal this call carries, or null.</summary>
    Task<string?> TenantSeen();

    /// <summary>What <see cref="TenantSeen"/> answers when this grain calls the probe <paramref name="next"/>.</summary>
    Task<string?> TenantSeenByNext(string next);
}

public sealed class PrincipalProbeGrain : Grain, IPrincipalProbeGrain
{
    public Task<string?> TenantSeen() => Task.FromResult(PrincipalContext.Current?.TenantId);

    public Task<string?> TenantSeenByNext(string next) => GrainFactory.GetGrain<IPrincipalProbeGrain>(next).TenantSeen();
}
