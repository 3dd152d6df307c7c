namespace LeadPlatform.Grains;

/// <summary>What a page grain does once its page is sealed (written whole, as history or audit pages are).</summary>
internal static class SealedPage
{
    /// <summary>
    /// A sealed page is written once and read rarely (a history, a personal-data export, an audit query), so its activation
    /// goes as soon as the write's call is done instead of after the collection age (15 minutes). Kept, it held its entries
    /// and Orleans' bookkeeping in memory: under a stream of assessments one new page every tenth, ~460 a second at the
    /// harness's write rate, all surviving into the old generation for the GC to carry.
    /// </summary>
    public static void LeaveMemory(Grain page) => page.DeactivateOnIdle();
}
