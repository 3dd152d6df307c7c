using LeadPlatform.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace LeadPlatform.Api.Tests;

/// <summary>Idle grains are collected in small groups (2-second quantum) after Orleans' idle age, unless configured otherwise.</summary>
[Collection(HostCollection.Name)]
public sealed class GrainCollectionTests(HostFixture fixture)
{
    private static GrainCollectionOptions Applied(params (string Key, string Value)[] settings)
    {
        var options = new GrainCollectionOptions();
        GrainCollection.Apply(options, new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
        return options;
    }

    [Fact]
    public void The_running_silo_collects_every_two_seconds_after_orleans_idle_age()
    {
        var options = fixture.Host.Services.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(2), options.CollectionQuantum);
        Assert.Equal(new GrainCollectionOptions().CollectionAge, options.CollectionAge);
    }

    [Fact]
    public void Configuration_overrides_the_quantum_and_the_age()
    {
        var options = Applied(($"{GrainCollection.Section}:CollectionQuantum", "00:00:15"), ($"{GrainCollection.Section}:CollectionAge", "00:02:00"));
        Assert.Equal((TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(2)), (options.CollectionQuantum, options.CollectionAge));
    }

    [Fact]
    public void Without_configuration_only_the_quantum_differs_from_orleans()
    {
        var options = Applied();
        var orleans = new GrainCollectionOptions();
        Assert.NotEqual(orleans.CollectionQuantum, options.CollectionQuantum);
        Assert.Equal((GrainCollection.DefaultQuantum, orleans.CollectionAge, orleans.DeactivationTimeout),
            (options.CollectionQuantum, options.CollectionAge, options.DeactivationTimeout));
    }

    [Fact]
    public async Task An_age_not_longer_than_the_quantum_is_refused_at_start_with_both_values()
    {
        await using var host = new TestHost(extra: new Dictionary<string, string?> { [$"{GrainCollection.Section}:CollectionAge"] = "00:00:02" });
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => host.Graph("{ me { role } }"));
        var message = ExceptionChain.Messages(refused);
        Assert.Contains("CollectionAge", message);
        Assert.Contains("CollectionQuantum", message);
        host.DeleteData();
    }
}
