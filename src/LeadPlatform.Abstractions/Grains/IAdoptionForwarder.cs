using Orleans.Concurrency;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>An adoption grain that forwards its counts to the level above through a persisted outbox.</summary>
public interface IAdoptionForwarder : ITenantOwnedGrain
{
    /// <summary>
    /// Activates the grain, which sends up what an earlier activation saved but never delivered (its silo died in
    /// between). Called when a team or manager activates, since nothing else may call this grain again. One-way.
    /// </summary>
    [Alias("Wake"), OneWay] Task Wake();
}
