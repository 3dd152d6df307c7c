using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Adoption;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Grains.Adoption;

/// <summary>
/// Team, organisation or consultancy adoption: sums what the level below sends (each delta once) and passes
/// the sum up. A team's parent is its organisation; an organisation's is its consultancy, if it has one.
/// </summary>
public sealed class AdoptionRollupGrain(
    [PersistentState("adoption")] IPersistentState<AdoptionState> state,
    TimeProvider time,
    IOptions<AdoptionOptions> options,
    ILogger<AdoptionRollupGrain> logger) : AdoptionGrainBase(state, time, options, logger), IAdoptionRollupGrain
{
    public async Task ApplyBatch(AdoptionDelta[] deltas)
    {
        // Before anything changes: a look-up that fails after the applied sequences moved would leave them moved without
        // their counts, and a write at deactivation could keep that (the resend is then ignored as a repeat).
        await ResolveParent();
        var buckets = new Dictionary<int, long[]>();
        long managers = 0;
        var fresh = 0;
        foreach (var delta in deltas)
        {
            if (Ledger.AppliedSequence.TryGetValue(delta.SourceId, out var applied) && delta.Sequence <= applied) continue;
            Ledger.AppliedSequence[delta.SourceId] = delta.Sequence;
            AdoptionVector.AddAll(buckets, delta.Buckets);
            managers += delta.ManagersDelta;
            fresh++;
        }
        if (fresh > 0) await ApplyAndForward(buckets, managers);
    }

    public Task LeaveParent(string formerParentId) => TakeBackFrom(formerParentId);

    protected override bool ParentCanChange => IsOrganisation;

    /// <summary>An organisation's rollup (a team's id, <c>org-…/team-…</c>, starts the same way).</summary>
    private bool IsOrganisation => !IsTeam && Id.StartsWith("org-", StringComparison.Ordinal);

    private bool IsTeam => Id.Contains('/');

    protected override async Task<string?> ResolveParentId()
    {
        if (IsTeam) return TenantReach.TenantOf(Id); // team → organisation
        if (IsOrganisation)
        {
            // A consultancy left is never the parent again, even while the organisation still names it (its write is to follow).
            var consultancyId = await GrainFactory.GetGrain<IOrganisationGrain>(Id).GetConsultancyId();
            return consultancyId is not null && Ledger.LeftParents.Contains(consultancyId) ? null : consultancyId;
        }
        return null; // a consultancy is the top
    }
}
