using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class TenantDirectoryGrain([PersistentState("tenantDirectory")] IPersistentState<TenantDirectoryState> state) : Grain, ITenantDirectoryGrain
{
    /// <summary>The same ids as the list, for a repeat's check without a search of thousands.</summary>
    private HashSet<string>? listed;

    public async Task List(string tenantId)
    {
        listed ??= [.. state.State.TenantIds];
        if (!listed.Add(tenantId)) return;
        state.State.TenantIds.Add(tenantId);
        await state.WriteStateAsync();
    }

    public Task<string[]> Ids() => Task.FromResult(state.State.TenantIds.ToArray());
}
