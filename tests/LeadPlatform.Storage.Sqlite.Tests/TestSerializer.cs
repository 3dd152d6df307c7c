using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>Orleans' binary grain-storage serialiser, built without a silo.</summary>
internal static class TestSerializer
{
    private static readonly Lazy<IGrainStorageSerializer> Instance = new(() =>
    {
        var services = new ServiceCollection()
            .AddSerializer(builder => builder.AddAssembly(typeof(CounterState).Assembly))
            .BuildServiceProvider();
        return new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
    });

    public static IGrainStorageSerializer Value => Instance.Value;
}
