using System.Collections.Concurrent;
using Orleans.Metadata;
using Orleans.Runtime;
using Orleans.Serialization.TypeSystem;

namespace LeadPlatform.Host;

/// <summary>
/// Remembers which grain interface type each interface resolves to. Orleans 10.4 resolves it again on every
/// <c>GrainFactory.GetGrain</c> (reading the interface's attributes, then formatting its name by convention): about 5 %
/// of the host's CPU in <c>assessEmployee</c>, which gets four grain references per request. The answer never changes for
/// a type, so it is worked out once by Orleans' own resolver over the configured providers and then read from here.
/// </summary>
public sealed class GrainInterfaceTypeCache(IEnumerable<IGrainInterfaceTypeProvider> providers, TypeConverter typeConverter)
    : IGrainInterfaceTypeProvider
{
    private readonly GrainInterfaceTypeResolver resolver = new(providers, typeConverter);
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> resolved = new();

    public bool TryGetGrainInterfaceType(Type type, out GrainInterfaceType grainInterfaceType)
    {
        // Interfaces only (the resolver refuses anything else before asking providers); resolving a constructed
        // generic again is a no-op, so the resolver that asks this provider gets the same answer.
        grainInterfaceType = resolved.GetOrAdd(type, resolver.GetGrainInterfaceType);
        return true;
    }

    /// <summary>Puts the cache in front of the interface type providers registered so far (Orleans' own), which it then asks.</summary>
    public static void Install(IServiceCollection services)
    {
        var registered = services.Where(s => s.ServiceType == typeof(IGrainInterfaceTypeProvider) && !s.IsKeyedService).ToArray();
        foreach (var descriptor in registered) services.Remove(descriptor);
        services.AddSingleton<IGrainInterfaceTypeProvider>(sp => new GrainInterfaceTypeCache(
            registered.Select(descriptor => (IGrainInterfaceTypeProvider)(descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!))).ToArray(),
            sp.GetRequiredService<TypeConverter>()));
    }
}
