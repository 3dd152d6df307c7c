using System.Collections.Concurrent;
using Orleans.Metadata;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// References to string-keyed grains for the gateway. <see cref="IGrainFactory.GetGrain{T}(string, string?)"/> finds the
/// interface's Orleans type by reading its attributes through reflection on every call (5.9 % of the CPU of reading an
/// employee, issue 8); here that lookup is made once per interface. The grain type still comes from Orleans' own resolver
/// (cached there per cluster manifest), so a manifest change is seen as before; when it knows no implementation the call
/// takes Orleans' usual path.
/// </summary>
public sealed class GrainReferences(
    IGrainFactory grains,
    GrainInterfaceTypeResolver interfaceTypes,
    GrainInterfaceTypeToGrainTypeResolver grainTypes)
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> interfaces = new();

    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var interfaceType = interfaces.GetOrAdd(typeof(TGrain), interfaceTypes.GetGrainInterfaceType);
        return grainTypes.TryGetGrainType(interfaceType, out var grainType)
            ? (TGrain)grains.GetGrain(GrainId.Create(grainType, key), interfaceType)
            : grains.GetGrain<TGrain>(key);
    }
}
