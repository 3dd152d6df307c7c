using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Storage;

namespace LeadPlatform.Api.Tests.Hardening.Faults;

/// <summary>
/// Test-only faults for the in-process host's grain store: a delay on every storage call (slow disk), and writes
/// refused the way SQLite refuses them on a read-only file (the fallback when the file cannot really be made
/// read-only, see <see cref="ReadOnlyFiles"/>). Installed through TestHost's configureServices hook; the product has
/// no such switch.
/// </summary>
public sealed class StorageFaults
{
    private long delayTicks;
    private volatile bool refuseWrites;

    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref delayTicks));
        set => Interlocked.Exchange(ref delayTicks, value.Ticks);
    }

    public bool RefuseWrites
    {
        get => refuseWrites;
        set => refuseWrites = value;
    }

    /// <summary>Refuses writes of the grains it matches only (null: none), for a fault in one place.</summary>
    public Func<GrainId, bool>? RefuseWritesOf { get; set; }

    /// <summary>Wraps the silo's default grain storage (keyed "Default") in a <see cref="FaultyGrainStorage"/>.</summary>
    public void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService
            && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        var factory = original.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The default grain storage is not registered with a factory.");
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (sp, key) => new FaultyGrainStorage((IGrainStorage)factory(sp, key), this));
    }

    private sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
    {
        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await Slow();
            await inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await Slow();
            Refuse(grainId);
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await Slow();
            Refuse(grainId);
            await inner.ClearStateAsync(stateName, grainId, grainState);
        }

        private Task Slow() => faults.Delay > TimeSpan.Zero ? Task.Delay(faults.Delay) : Task.CompletedTask;

        private void Refuse(GrainId grainId)
        {
            // What Microsoft.Data.Sqlite throws for a write to a read-only database (SQLITE_READONLY = 8).
            if (faults.RefuseWrites || faults.RefuseWritesOf?.Invoke(grainId) == true) throw new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8);
        }
    }
}
