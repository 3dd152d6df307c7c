namespace LeadPlatform.Host;

/// <summary>One look at the GC: collections so far per generation, and what the latest young collection found alive.</summary>
public readonly record struct GcReading(int Gen0Collections, int Gen1Collections, int LastYoungGeneration, long LastYoungSurvivedBytes);

/// <summary>
/// Recognises a young generation that keeps the same live objects through collection after collection. The GC promotes a
/// gen0 collection's survivors only when they exceed a tenth of the young generation's minimum size (per heap) or gen1 is
/// small; with the image's 64 MB young generation that is 6.4 MB a heap. Survivors under it stay in gen0 and are marked
/// again by every gen0 collection, and since nothing reaches gen1, no gen1 collection comes to promote them. After a burst
/// of writes left a few MB of new long-lived state behind, every gen0 collection paused 10–18 ms instead of 1–2 until
/// something else forced a gen1 collection (docs/PERFORMANCE.md, fifteenth round). Pure, so it is tested without a GC.
/// </summary>
public sealed class YoungGenerationResidue(int gen0CollectionsWithoutGen1, long survivedBytes)
{
    /// <summary>The defaults: ten gen0 collections with no gen1 collection among them, the latest keeping 1 MiB or more alive.</summary>
    public static YoungGenerationResidue Default() => new(10, 1 << 20);

    private int gen1Collections = -1;
    private int gen0CollectionsAtGen1;

    /// <summary>True when a gen1 collection should be forced now. A gen1 collection (forced or not) starts the count again.</summary>
    public bool Observe(GcReading reading)
    {
        if (reading.Gen1Collections != gen1Collections)
        {
            gen1Collections = reading.Gen1Collections;
            gen0CollectionsAtGen1 = reading.Gen0Collections;
            return false;
        }
        return reading.Gen0Collections - gen0CollectionsAtGen1 >= gen0CollectionsWithoutGen1
            && reading.LastYoungGeneration == 0
            && reading.LastYoungSurvivedBytes >= survivedBytes;
    }
}
