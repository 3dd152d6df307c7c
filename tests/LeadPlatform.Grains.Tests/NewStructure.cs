using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains.Tests;

/// <summary>The start of most grain tests: a new organisation, Acme, with one team, Support.</summary>
internal static class NewStructure
{
    /// <summary>A new consultancy, Coach &amp; Co (its id is the grain's key).</summary>
    public static async Task<IConsultancyGrain> Consultancy(IGrainFactory grains)
    {
        var consultancy = grains.GetGrain<IConsultancyGrain>(EntityId.New("cons"));
        await consultancy.Create("Coach & Co");
        return consultancy;
    }

    public static async Task<(IOrganisationGrain Organisation, ITeamGrain Team)> OrganisationWithTeam(IGrainFactory grains)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Acme", null);
        return (organisation, grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Support")).Id));
    }
}
