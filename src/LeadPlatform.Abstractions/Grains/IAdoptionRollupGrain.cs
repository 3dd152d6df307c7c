using LeadPlatform.Abstractions.Adoption;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// Adoption counters of a team, organisation or consultancy (key: that entity's id), summed from the
/// level below and pushed to the level above: team → organisation → consultancy.
/// </summary>
[Alias("leadplatform.IAdoptionRollupGrain")]
public interface IAdoptionRollupGrain : IAdoptionReporter, IAdoptionForwarder
{
    /// <summary>Applies the deltas not applied before, in order, and passes their sum upwards.</summary>
    [Alias("ApplyBatch")] Task ApplyBatch(AdoptionDelta[] deltas);

    /// <summary>The level above changed (a client was handed over): look it up again before the next push.</summary>
    [Alias("ResetParent")] Task ResetParent();
}
