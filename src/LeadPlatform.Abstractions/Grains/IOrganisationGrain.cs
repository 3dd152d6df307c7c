using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>An organisation (a SaaS customer or a consultancy's client). Key: its id <c>org-…</c>; it is a tenant root.</summary>
[Alias("leadplatform.IOrganisationGrain")]
public interface IOrganisationGrain : IGrainWithStringKey
{
    [Alias("Create")] Task<OrganisationInfo> Create(string name, string? consultancyId);

    [Alias("Get")] Task<OrganisationInfo?> Get();

    [Alias("AddTeam")] Task<TeamInfo> AddTeam(string name);
}
