namespace LeadPlatform.Api.Tests;

/// <summary>Assessments and team pulse reach the adoption reports of team, manager and organisation.</summary>
[Collection(HostCollection.Name)]
public sealed class AdoptionScenarioTests(HostFixture fixture)
{
    [Fact]
    public async Task Levels_styles_and_pulse_show_next_to_adoption_at_every_level()
    {
        var host = fixture.Host;
        var s = await Scenario.CreateOrganisationWithTeam(host, "Pulse BV");
        (await host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Sales\", competence: LOW, commitment: HIGH){ task } }", new { e = s.EmployeeId })).Ok();
        (await host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Admin\", competence: HIGH, commitment: HIGH){ task } }", new { e = s.EmployeeId })).Ok();
        (await host.Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 4, engagement: 2){ id } }", new { t = s.TeamId })).Ok();
        (await host.Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 2, engagement: 3){ id } }", new { t = s.TeamId })).Ok();

        const string report = "{ managers averageEnergy averageEngagement developmentLevels { level count } recommendedStyles { style count } trend(days: 2) { date averageEnergy } }";
        var organisation = await Until(host, $"query($o:ID!){{ organisation(id:$o){{ adoption {report} }} }}", new { o = s.OrganisationId },
            r => r.At("organisation", "adoption", "averageEngagement") is { ValueKind: System.Text.Json.JsonValueKind.Number } engagement
                 && engagement.GetDouble() == 2.5 && Count(r.At("organisation", "adoption", "developmentLevels"), "D4") == 1);
        var adoption = organisation.At("organisation", "adoption");
        Assert.Equal(3.0, adoption.GetProperty("averageEnergy").GetDouble());
        Assert.Equal(2.5, adoption.GetProperty("averageEngagement").GetDouble());
        Assert.Equal(1, Count(adoption.GetProperty("developmentLevels"), "D1"));
        Assert.Equal(1, Count(adoption.GetProperty("recommendedStyles"), "DELEGATING", "style"));
        Assert.Equal(3.0, adoption.GetProperty("trend")[1].GetProperty("averageEnergy").GetDouble());

        var team = (await host.Graph($"query($t:ID!){{ team(id:$t){{ adoption {report} }} }}", new { t = s.TeamId })).Ok();
        Assert.Equal(1, team.At("team", "adoption", "managers").GetInt64());
        var manager = (await host.Graph($"query($m:ID!){{ manager(id:$m){{ adoption {report} }} }}", new { m = s.ManagerId })).Ok();
        Assert.Equal(3.0, manager.At("manager", "adoption", "averageEnergy").GetDouble());
    }

    private static long Count(System.Text.Json.JsonElement list, string key, string field = "level") =>
        list.EnumerateArray().Where(e => e.GetProperty(field).GetString() == key).Select(e => e.GetProperty("count").GetInt64()).Sum();

    private static async Task<GraphResponse> Until(TestHost host, string query, object variables, Func<GraphResponse, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = (await host.Graph(query, variables)).Ok();
            if (done(response) || attempt > 200) return response;
            await Task.Delay(25);
        }
    }
}
