using System.Collections.Concurrent;
using LeadPlatform.Abstractions.Security;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Security;

/// <summary>
/// The team each manager leads, for the visibility checks of requests with a MANAGER key. Nothing to invalidate: a
/// manager's team is set when the manager is created and never changes, and managers are not deleted (except one its
/// team never named, whose id no answer gave out). Kept per key tenant and manager, so an entry only repeats an answer
/// the silo gave to a principal of that same tenant. Employees' teams are not kept: an erasure makes the employee
/// unknown, and keys issued before keys were indexed on the employee outlive it, so their cached team would outlive the
/// erasure.
/// </summary>
public sealed class ManagerTeamCache(IOptions<ApiKeyCacheOptions> options)
{
    private readonly ApiKeyCacheOptions settings = options.Value;
    private readonly ConcurrentDictionary<(string TenantId, string ManagerId), string> teams = new();

    public string? Find(Principal manager) =>
        settings.Enabled && teams.TryGetValue((manager.TenantId, manager.SubjectId!), out var teamId) ? teamId : null;

    public void Store(Principal manager, string teamId)
    {
        if (!settings.Enabled) return;
        if (teams.Count >= settings.MaxEntries) teams.Clear();
        teams[(manager.TenantId, manager.SubjectId!)] = teamId;
    }
}
