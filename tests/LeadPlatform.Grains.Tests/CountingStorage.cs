using System.Collections.Concurrent;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

/// <summary>Grain storage that counts the writes of each grain's state, to see how often a grain writes.</summary>
internal sealed class CountingStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), int> writes = new();

    /// <summary>How many writes of <paramref name="stateName"/> <paramref name="grainId"/> has begun so far.</summary>
    public int Count(string stateName, GrainId grainId) => writes.GetValueOrDefault((stateName, grainId));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        writes.AddOrUpdate((stateName, grainId), 1, (_, count) => count + 1);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
