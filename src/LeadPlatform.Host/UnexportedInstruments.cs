using System.Diagnostics.Metrics;

namespace LeadPlatform.Host;

/// <summary>
/// ASP.NET Core instruments that move several times per request and that no dashboard, alert or document of ours reads:
/// left unsubscribed, so recording them costs nothing. A profile of the employee read (issue 8) put ~3 % of the host's CPU
/// in metric updates, a third of it in these two. What operators use stays (docs/TELEMETRY.md). Orleans' per-message
/// counters are not here: Orleans counts them whether or not anyone listens, so dropping them would save nothing.
/// </summary>
public static class UnexportedInstruments
{
    /// <summary>Kestrel's block pool: updated as each block is rented and returned, several times per request.</summary>
    private const string MemoryPoolMeter = "Microsoft.AspNetCore.MemoryPool";

    /// <summary>Endpoint routing's match attempts: one per request, over a handful of fixed routes.</summary>
    private const string RoutingMatchAttempts = "aspnetcore.routing.match_attempts";

    public static bool Contains(Instrument instrument) =>
        instrument.Meter.Name == MemoryPoolMeter || instrument.Name == RoutingMatchAttempts;
}
