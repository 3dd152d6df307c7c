namespace LeadPlatform.Api.Tests;

/// <summary>Builds structure through the API, the way a customer would.</summary>
internal static class Scenario
{
    public sealed record Structure(string OrganisationId, string TeamId, string ManagerId, string EmployeeId);

    public static async Task<Structure> CreateOrganisationWithTeam(TestHost host, string name = "Acme")
    {
        var organisationId = (await host.Graph("mutation($n:String!){ createOrganisation(name:$n){ id } }", new { n = name }))
            .Ok().At("createOrganisation", "id").GetString()!;
        var teamId = (await host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Support\"){ id } }", new { o = organisationId }))
            .Ok().At("addTeam", "id").GetString()!;
        var managerId = (await host.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"Mila\"){ id } }", new { t = teamId }))
            .Ok().At("addManager", "id").GetString()!;
        var employeeId = (await host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Jan\"){ id } }", new { t = teamId }))
            .Ok().At("addEmployee", "id").GetString()!;
        return new Structure(organisationId, teamId, managerId, employeeId);
    }

    /// <summary>A key the platform admin issues for a person (or, without a subject, a tenant role); its text.</summary>
    public static async Task<string> KeyFor(TestHost host, string tenantId, string role, string? subjectId) =>
        (await host.Graph("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
            new { t = tenantId, r = role, s = subjectId })).Ok().At("issueApiKey", "key").GetString()!;
}
