using Orleans.Concurrency;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>A consultancy (training provider). Key: its id, e.g. <c>cons-…</c>; it is a tenant root.</summary>
[Alias("leadplatform.IConsultancyGrain")]
public interface IConsultancyGrain : ITenantOwnedGrain
{
    /// <summary>Creates the consultancy; an existing one made with the same name (a keyed retry) is answered as it is.</summary>
    [Alias("Create")] Task<ConsultancyInfo> Create(string name);

    /// <summary>
    /// The consultancy, or null when it was never created. Interleaves: a client asking who manages it may be what a hand-over of that very client
    /// waits on (<see cref="IOrganisationGrain.GetManagingConsultancy"/>).
    /// </summary>
    [AlwaysInterleave, Alias("Get")] Task<ConsultancyInfo?> Get();

    /// <summary>
    /// Creates a client organisation under this consultancy. With an <paramref name="idempotencyKey"/>, a retry answers the
    /// organisation the first attempt created.
    /// </summary>
    [Alias("CreateOrganisation")] Task<OrganisationInfo> CreateOrganisation(string name, string? idempotencyKey = null);

    /// <summary>Hands a client organisation over; NOT_FOUND when it is not a client of this consultancy.</summary>
    [Alias("DetachOrganisation")] Task<OrganisationInfo> DetachOrganisation(string organisationId);
}
