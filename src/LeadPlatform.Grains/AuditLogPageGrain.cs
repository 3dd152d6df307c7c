using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class AuditLogPageGrain([PersistentState("auditpage")] IPersistentState<AuditLogPageState> state) : Grain, IAuditLogPageGrain
{
    public async Task Write(AuditEntry[] entries)
    {
        state.State.Entries = entries;
        await state.WriteStateAsync();
        SealedPage.LeaveMemory(this);
    }

    public Task<AuditEntry[]> Read() => Task.FromResult(state.State.Entries);

    public async Task Clear()
    {
        if (state.RecordExists) await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
