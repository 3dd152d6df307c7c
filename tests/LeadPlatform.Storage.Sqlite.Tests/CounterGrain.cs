namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>Persists through the default storage provider, i.e. SQLite in the cluster test.</summary>
public sealed class CounterGrain([PersistentState("s")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public async Task<int> IncrementAsync()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Count);
}
