using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class AuditLogGrain([PersistentState("audit")] IPersistentState<AuditLogState> state) : Grain, IAuditLogGrain
{
    /// <summary>Entries kept per tenant (about 2 MB of state at most); older ones should be exported before they drop off.</summary>
    public const int MaxEntries = 10_000;

    public async Task Append(AuditEntry entry)
    {
        state.State.Entries.Add(entry);
        if (state.State.Entries.Count > MaxEntries) state.State.Entries.RemoveRange(0, state.State.Entries.Count - MaxEntries);
        await state.WriteStateAsync();
    }

    public Task<AuditPage> Page(int skip, int count)
    {
        var entries = state.State.Entries;
        var newestFirst = Enumerable.Range(0, Math.Max(0, Math.Min(count, entries.Count - skip)))
            .Select(i => entries[entries.Count - 1 - skip - i]).ToArray();
        return Task.FromResult(new AuditPage(newestFirst, skip, entries.Count));
    }
}
