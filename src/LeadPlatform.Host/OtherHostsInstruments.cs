using System.Diagnostics.Metrics;

namespace LeadPlatform.Host;

/// <summary>
/// Instruments that another host in the same process made through its own meter factory. A metrics provider listens to
/// every meter in the process whose name it was given, so without this a host's <c>/metrics</c> would count a second
/// host's requests (ASP.NET Core's request meter has the same name in every host) as its own, and lose the series once
/// a host started before it was disposed (its instrument had made the stream they shared). Meters made without a
/// factory (Orleans', the runtime's, the platform's) are process-wide and stay.
/// </summary>
public static class OtherHostsInstruments
{
    public static bool Contains(Instrument instrument, IMeterFactory ownFactory) =>
        instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, ownFactory);
}
