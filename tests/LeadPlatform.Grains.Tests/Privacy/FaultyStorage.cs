using Orleans.Storage;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>In-memory grain storage that fails the operations <see cref="StorageFaults"/> asks for, before they happen.</summary>
internal sealed class FaultyStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await faults.Check(stateName, "write");
        await faults.Held(stateName, grainId);
        await inner.WriteStateAsync(stateName, grainId, grainState);
        faults.Wrote(stateName, grainId);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await faults.Check(stateName, "clear");
        await inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
