using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

/// <summary>
/// A numbered page of entries written whole by its owner (an employee's history, its session ids), read back by number, and
/// removed at erasure. The page number is stored with it, so a grain that holds another page (a reused slot) reads as empty.
/// </summary>
public abstract class SealedPageGrain<TEntry, TState>(IPersistentState<TState> state) : Grain
    where TState : class, ISealedPageState<TEntry>, new()
{
    public async Task Write(int page, TEntry[] entries)
    {
        state.State.Page = page;
        state.State.Entries = entries;
        await state.WriteStateAsync();
        SealedPage.LeaveMemory(this);
    }

    public Task<TEntry[]> Read(int page) =>
        Task.FromResult(state.RecordExists && state.State.Page == page ? state.State.Entries : []);

    public async Task Clear()
    {
        if (state.RecordExists) await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
