using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Host;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;

namespace LeadPlatform.Api.Tests.Cluster;

/// <summary>The host's grain interface types come from the cache, and are what Orleans' own resolution gives.</summary>
[Collection(HostCollection.Name)]
public sealed class GrainInterfaceTypeCacheTests(HostFixture fixture)
{
    [GrainInterfaceType("test-named-interface")]
    public interface INamedByAttribute : IGrainWithStringKey;

    [Fact]
    public void The_cache_stands_in_front_of_orleans_providers_and_answers_as_they_do()
    {
        var services = fixture.Host.Services;
        Assert.IsType<GrainInterfaceTypeCache>(Assert.Single(services.GetServices<IGrainInterfaceTypeProvider>()));
        var resolver = services.GetRequiredService<GrainInterfaceTypeResolver>();
        var uncached = new GrainInterfaceTypeResolver([new AttributeGrainInterfaceTypeProvider(services)], services.GetRequiredService<TypeConverter>());

        var interfaces = typeof(IEmployeeGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t))
            .Append(typeof(IManagementGrain)).Append(typeof(INamedByAttribute)).ToArray();
        Assert.True(interfaces.Length > 20);
        foreach (var type in interfaces)
        {
            Assert.Equal(uncached.GetGrainInterfaceType(type), resolver.GetGrainInterfaceType(type));
            Assert.Equal(uncached.GetGrainInterfaceType(type), resolver.GetGrainInterfaceType(type)); // the second time from the cache
        }
        Assert.Equal("test-named-interface", resolver.GetGrainInterfaceType(typeof(INamedByAttribute)).ToString());
    }
}
