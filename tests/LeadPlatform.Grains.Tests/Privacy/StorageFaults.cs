using System.Collections.Concurrent;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>Faults to inject into the next matching storage operation ("write" or "clear" of a state name), once each.</summary>
public sealed class StorageFaults
{
    private readonly ConcurrentDictionary<(string StateName, string Operation), int> pending = new();

    private readonly ConcurrentQueue<(string StateName, GrainId GrainId)> written = new();

    /// <summary>Grains whose <paramref name="stateName"/> state was written (successfully) so far, oldest first.</summary>
    public GrainId[] WrittenGrains(string stateName) => [.. written.Where(w => w.StateName == stateName).Select(w => w.GrainId).Distinct()];

    /// <summary>Notes a write that went through.</summary>
    public void Wrote(string stateName, GrainId grainId) => written.Enqueue((stateName, grainId));

    /// <summary>The next <paramref name="operation"/> of a <paramref name="stateName"/> state fails, as a storage outage would.</summary>
    public void FailOnce(string stateName, string operation) => pending.AddOrUpdate((stateName, operation), 1, (_, count) => count + 1);

    private Task hold = Task.CompletedTask;

    /// <summary>Injected failures wait for <paramref name="release"/> before they throw, so calls can queue behind the failing one.</summary>
    public void HoldFailuresUntil(Task release) => hold = release;

    /// <summary>Throws when a fault is waiting for this operation (and uses it up).</summary>
    public async Task Check(string stateName, string operation)
    {
        var key = (stateName, operation);
        while (pending.TryGetValue(key, out var count) && count > 0)
        {
            if (!pending.TryUpdate(key, count - 1, count)) continue;
            await hold;
            throw new IOException($"Injected storage failure: {operation} of a '{stateName}' state.");
        }
    }

    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), HeldWrite> held = new();

    /// <summary>
    /// The next write of <paramref name="grainId"/>'s <paramref name="stateName"/> state waits for <paramref name="release"/>,
    /// then goes through, or fails when <paramref name="fail"/>. The task returned completes once that write is waiting.
    /// </summary>
    public Task HoldNextWrite(string stateName, GrainId grainId, Task release, bool fail = false)
    {
        var hold = new HeldWrite(release, fail);
        held[(stateName, grainId)] = hold;
        return hold.Waiting.Task;
    }

    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), Task> failingUntil = new();

    /// <summary>Every write of <paramref name="grainId"/>'s <paramref name="stateName"/> state fails until <paramref name="restored"/>.</summary>
    public void FailWritesUntil(string stateName, GrainId grainId, Task restored) => failingUntil[(stateName, grainId)] = restored;

    /// <summary>Waits out the write held for this grain, if there is one (and uses the hold up); fails it while its writes fail.</summary>
    public async Task Held(string stateName, GrainId grainId)
    {
        if (failingUntil.TryGetValue((stateName, grainId), out var restored))
        {
            if (!restored.IsCompleted) throw new IOException($"Injected storage failure: {grainId}'s '{stateName}' state cannot be written for now.");
            failingUntil.TryRemove((stateName, grainId), out _);
        }
        if (!held.TryRemove((stateName, grainId), out var hold)) return;
        hold.Waiting.TrySetResult();
        await hold.Release;
        if (hold.Fail) throw new IOException($"Injected storage failure: the held write of {grainId}'s '{stateName}' state.");
    }

    private sealed record HeldWrite(Task Release, bool Fail)
    {
        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>True when every injected fault was hit.</summary>
    public bool AllUsed => pending.Values.All(count => count == 0);
}
