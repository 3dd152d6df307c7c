using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>A manager. Key: <c>{organisationId}/mgr-…</c>.</summary>
[Alias("leadplatform.IManagerGrain")]
public interface IManagerGrain : ITenantOwnedGrain
{
    [Alias("Create")] Task<ManagerInfo> Create(string name, string teamId);

    [Alias("Get")] Task<ManagerInfo?> Get();
}
