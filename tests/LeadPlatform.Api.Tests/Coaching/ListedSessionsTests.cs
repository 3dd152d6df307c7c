using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Coaching;

/// <summary>
/// The employee lists a session before it starts it, so a list can name a session that is not there (a start that failed,
/// or a session erased while a list still names it): the lists leave it out instead of failing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ListedSessionsTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_listed_session_that_is_not_there_is_left_out_of_the_employees_and_the_managers_sessions()
    {
        var people = await CoachingPeople.Create(Host);
        var structure = people.Structure;
        var gone = await Start(structure.EmployeeId, "Plan the handover", people.ManagerKey);
        var kept = await Start(structure.EmployeeId, "Handle escalations within a day", people.ManagerKey);
        // Erased behind the lists' back: both still name it.
        PrincipalContext.Set(SystemPrincipal.Instance);
        try { await Host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICoachingSessionGrain>(gone).Erase(); }
        finally { PrincipalContext.Clear(); }

        var read = (await Host.Graph("query($e:ID!,$m:ID!){ employee(id:$e){ coachingSessions { id } } manager(id:$m){ coachingSessions { id } } }",
            new { e = structure.EmployeeId, m = structure.ManagerId }, people.ManagerKey)).Ok();

        Assert.Equal([kept], Ids(read.At("employee", "coachingSessions")));
        Assert.Equal([kept], Ids(read.At("manager", "coachingSessions")));
    }

    private async Task<string> Start(string employeeId, string goal, string key) =>
        (await Host.Graph("mutation($e:ID!,$g:String!){ startCoachingSession(employeeId:$e, goal:$g){ id } }", new { e = employeeId, g = goal }, key))
        .Ok().At("startCoachingSession", "id").GetString()!;

    private static string[] Ids(System.Text.Json.JsonElement sessions) =>
        [.. sessions.EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
}
