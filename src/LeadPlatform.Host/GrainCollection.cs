using Orleans.Configuration;

namespace LeadPlatform.Host;

/// <summary>
/// How idle grains are collected: Orleans' defaults (deactivated after 15 idle minutes) except the quantum. Orleans groups
/// activations into one bucket per quantum of their expiry and deactivates a whole bucket at once; with its 1-minute
/// quantum, a burst of activity (an import, a morning's first reads) expired together and stalled the host while tens of
/// thousands of grains deactivated. A 2-second quantum spreads the same work over thirty times as many, smaller
/// collections: while 100,000 activations were collected, one-connection p99 3.7–3.9 ms instead of 24–88 ms with a
/// 15-second quantum, at no measurable cost per request (docs/PERFORMANCE.md, sixth round).
/// </summary>
public static class GrainCollection
{
    public const string Section = "LeadPlatform:Orleans:GrainCollection";

    public static readonly TimeSpan DefaultQuantum = TimeSpan.FromSeconds(2);

    /// <summary>The defaults, then whatever <see cref="Section"/> sets (<c>CollectionAge</c>, <c>CollectionQuantum</c>, …).</summary>
    public static void Apply(GrainCollectionOptions options, IConfiguration configuration)
    {
        options.CollectionQuantum = DefaultQuantum;
        configuration.GetSection(Section).Bind(options);
    }
}
