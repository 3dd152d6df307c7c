using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

/// <summary>An organisation with one team: its manager and two employees, one assessed D1 and one D4 on "Tickets".</summary>
internal sealed record CoachingWorld(string OrganisationId, string TeamId, string ManagerId, string BeginnerId, string AchieverId)
{
    public static async Task<CoachingWorld> Build(IGrainFactory grains)
    {
        var organisationId = EntityId.New("org");
        await grains.GetGrain<IOrganisationGrain>(organisationId).Create("Acme", null);
        var teamId = (await grains.GetGrain<IOrganisationGrain>(organisationId).AddTeam("Support")).Id;
        var team = grains.GetGrain<ITeamGrain>(teamId);
        var managerId = (await team.AddManager("Mila")).Id;
        var beginnerId = (await team.AddEmployee("Jan")).Id;
        var achieverId = (await team.AddEmployee("Sanne")).Id;
        await grains.GetGrain<IEmployeeGrain>(beginnerId).Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        await grains.GetGrain<IEmployeeGrain>(achieverId).Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        return new CoachingWorld(organisationId, teamId, managerId, beginnerId, achieverId);
    }
}
