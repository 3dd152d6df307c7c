using System.Diagnostics.Metrics;
using LeadPlatform.Host;

namespace LeadPlatform.Api.Tests;

/// <summary>Only Kestrel's block pool and routing's match attempts are left out of the metrics; what operators read stays.</summary>
public sealed class UnexportedInstrumentsTests
{
    [Fact]
    public void Kestrels_block_pool_and_routings_match_attempts_are_left_out()
    {
        using var pool = new Meter("Microsoft.AspNetCore.MemoryPool");
        using var routing = new Meter("Microsoft.AspNetCore.Routing");
        Assert.True(UnexportedInstruments.Contains(pool.CreateCounter<long>("aspnetcore.memory_pool.rented")));
        Assert.True(UnexportedInstruments.Contains(pool.CreateUpDownCounter<long>("aspnetcore.memory_pool.pooled")));
        Assert.True(UnexportedInstruments.Contains(routing.CreateCounter<long>("aspnetcore.routing.match_attempts")));
    }

    [Fact]
    public void Request_grain_call_and_platform_instruments_are_kept()
    {
        using var hosting = new Meter("Microsoft.AspNetCore.Hosting");
        using var orleans = new Meter("Microsoft.Orleans");
        using var platform = new Meter("LeadPlatform");
        Assert.False(UnexportedInstruments.Contains(hosting.CreateHistogram<double>("http.server.request.duration")));
        Assert.False(UnexportedInstruments.Contains(orleans.CreateHistogram<double>("orleans-app-requests-latency")));
        Assert.False(UnexportedInstruments.Contains(orleans.CreateCounter<long>("orleans-messaging-processing-dispatcher-received")));
        Assert.False(UnexportedInstruments.Contains(platform.CreateCounter<long>("leadplatform.style_recommendations")));
    }
}
