namespace LeadPlatform.Grains.State;

/// <summary>The stored state of a numbered sealed page (<see cref="SealedPageGrain{TEntry, TState}"/>).</summary>
public interface ISealedPageState<TEntry>
{
    /// <summary>The number of the page the grain holds.</summary>
    int Page { get; set; }

    /// <summary>Oldest first.</summary>
    TEntry[] Entries { get; set; }
}
