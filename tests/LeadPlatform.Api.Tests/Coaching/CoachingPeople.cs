namespace LeadPlatform.Api.Tests.Coaching;

/// <summary>An organisation with a team, its manager and an employee assessed D4 on "Tickets", and their own API keys.</summary>
internal sealed record CoachingPeople(Scenario.Structure Structure, string ManagerKey, string EmployeeKey)
{
    public static async Task<CoachingPeople> Create(TestHost host)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(host);
        (await host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: HIGH, commitment: HIGH){ task } }",
            new { e = structure.EmployeeId })).Ok();
        return new CoachingPeople(structure,
            await Scenario.KeyFor(host, structure.OrganisationId, "MANAGER", structure.ManagerId),
            await Scenario.KeyFor(host, structure.OrganisationId, "EMPLOYEE", structure.EmployeeId));
    }
}
