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

    /// <summary>
    /// An organisation leaves its consultancy (a client handed over): nothing more goes up there, and everything it ever
    /// sent there is taken back, so the former consultancy's figures are those of its current clients. Once per
    /// consultancy: a repeat only finishes the delivery.
    /// </summary>
    [Alias("LeaveParent")] Task LeaveParent(string formerParentId);
}
