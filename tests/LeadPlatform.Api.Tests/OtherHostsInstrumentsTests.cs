using System.Diagnostics.Metrics;
using LeadPlatform.Host;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>A host keeps the instruments of its own meter factory and the process-wide ones, and leaves out another host's.</summary>
public sealed class OtherHostsInstrumentsTests
{
    [Fact]
    public void Instruments_of_another_hosts_meter_factory_are_left_out_its_own_and_process_wide_ones_kept()
    {
        using var own = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var ownFactory = own.GetRequiredService<IMeterFactory>();
        var ownRequests = ownFactory.Create("LeadPlatform.Tests.Hosting").CreateHistogram<double>("http.server.request.duration");
        var otherRequests = other.GetRequiredService<IMeterFactory>().Create("LeadPlatform.Tests.Hosting").CreateHistogram<double>("http.server.request.duration");
        using var processWide = new Meter("LeadPlatform.Tests.ProcessWide");

        Assert.False(OtherHostsInstruments.Contains(ownRequests, ownFactory));
        Assert.True(OtherHostsInstruments.Contains(otherRequests, ownFactory));
        Assert.False(OtherHostsInstruments.Contains(processWide.CreateCounter<long>("leadplatform.style_recommendations"), ownFactory));
    }
}
