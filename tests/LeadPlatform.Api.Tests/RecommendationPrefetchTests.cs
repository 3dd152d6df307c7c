using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// Employees asked for with <c>currentRecommendation(task)</c> are read with their advice in one grain call each (the
/// employee's, or its team's copy once the gateway knows the team), a team's members in one call to the team; the
/// answers and the access rules are those of the separate calls.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class RecommendationPrefetchTests
{
    /// <summary>Counts employee-grain calls (the gateway's and the team's) by method, and the team reads.</summary>
    private sealed class EmployeeCallCounter : IOutgoingGrainCallFilter
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> calls = new();

        public int Of(string method) => calls.GetValueOrDefault(method);

        public int Total => calls.Where(call => call.Key is not (TeamRead or TeamMemberRead)).Sum(call => call.Value);

        public void Reset() => calls.Clear();

        public const string TeamRead = nameof(ITeamGrain.GetMembersWithRecommendation);

        public const string TeamMemberRead = nameof(ITeamGrain.GetMemberWithRecommendation);

        public Task Invoke(IOutgoingGrainCallContext context)
        {
            if (context.Grain is IEmployeeGrain || (context.Grain is ITeamGrain && context.MethodName is TeamRead or TeamMemberRead))
                calls.AddOrUpdate(context.MethodName, 1, (_, n) => n + 1);
            return context.Invoke();
        }
    }

    private const string TeamQuery = "query($t:ID!){ team(id:$t){ employees { id name currentRecommendation(task:\"Tickets\"){ style developmentLevel } } } }";

    [Fact]
    public async Task A_team_with_every_recommendation_costs_one_team_call_and_answers_the_same()
    {
        var counter = new EmployeeCallCounter();
        var host = new TestHost(configureServices: services => services.AddSingleton<IOutgoingGrainCallFilter>(counter));
        try
        {
            var structure = await Scenario.CreateOrganisationWithTeam(host);
            var second = (await host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Ann\"){ id } }", new { t = structure.TeamId }))
                .Ok().At("addEmployee", "id").GetString()!;
            (await host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: LOW, commitment: HIGH){ task } }",
                new { e = structure.EmployeeId })).Ok();

            counter.Reset();
            var employees = (await host.Graph(TeamQuery, new { t = structure.TeamId })).Ok().At("team", "employees");

            // One team call; the team asks both members (it holds no copy of Ann, and Jan's changed since), and nobody the next time.
            Assert.Equal(1, counter.Of(EmployeeCallCounter.TeamRead));
            Assert.Equal(2, counter.Total);
            Assert.Equal(2, counter.Of("GetMemberAdvice"));
            counter.Reset();
            Assert.Equal(employees.ToString(), (await host.Graph(TeamQuery, new { t = structure.TeamId })).Ok().At("team", "employees").ToString());
            Assert.Equal(1, counter.Of(EmployeeCallCounter.TeamRead));
            Assert.Equal(0, counter.Total);
            var byId = employees.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("currentRecommendation"));
            Assert.Equal("DIRECTING", byId[structure.EmployeeId].GetProperty("style").GetString());
            Assert.Equal("D1", byId[structure.EmployeeId].GetProperty("developmentLevel").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, byId[second].ValueKind);

            // The same advice as asking the employee alone, which also reads it in one call.
            counter.Reset();
            var alone = (await host.Graph("query($e:ID!){ employee(id:$e){ currentRecommendation(task:\"Tickets\"){ style developmentLevel } } }",
                new { e = structure.EmployeeId })).Ok().At("employee", "currentRecommendation");
            Assert.Equal(byId[structure.EmployeeId].ToString(), alone.ToString());
            Assert.Equal(1, counter.Total);

            // A crisis shows in the advice read ahead.
            (await host.Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:true, reason:\"CRM down\"){ crisis } }", new { t = structure.TeamId })).Ok();
            var inCrisis = (await host.Graph(TeamQuery, new { t = structure.TeamId })).Ok().At("team", "employees");
            Assert.All(inCrisis.EnumerateArray().Where(e => e.GetProperty("id").GetString() == structure.EmployeeId),
                e => Assert.Equal("DIRECTING", e.GetProperty("currentRecommendation").GetProperty("style").GetString()));
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }

    private const string EmployeeQuery = "query($e:ID!){ employee(id:$e){ id name currentRecommendation(task:\"Tickets\"){ style developmentLevel } } }";

    [Fact]
    public async Task An_employee_read_again_is_answered_by_its_teams_copy_which_shows_every_acknowledged_change()
    {
        var counter = new EmployeeCallCounter();
        var host = new TestHost(configureServices: services => services.AddSingleton<IOutgoingGrainCallFilter>(counter));
        try
        {
            var structure = await Scenario.CreateOrganisationWithTeam(host);
            async Task<string?> StyleAfter(string competence, string commitment)
            {
                (await host.Graph($"mutation($e:ID!){{ assessEmployee(employeeId:$e, task:\"Tickets\", competence: {competence}, commitment: {commitment}){{ task }} }}",
                    new { e = structure.EmployeeId })).Ok();
                return (await host.Graph(EmployeeQuery, new { e = structure.EmployeeId })).Ok().At("employee", "currentRecommendation", "style").GetString();
            }
            (await host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: LOW, commitment: HIGH){ task } }",
                new { e = structure.EmployeeId })).Ok();

            // First read: from the employee, which names its team.
            counter.Reset();
            var first = (await host.Graph(EmployeeQuery, new { e = structure.EmployeeId })).Ok().At("employee").ToString();
            Assert.Equal(1, counter.Of(nameof(IEmployeeGrain.GetWithRecommendation)));
            Assert.Equal(0, counter.Of(EmployeeCallCounter.TeamMemberRead));

            // Then from the team: it asks the member once, and answers alone after that, the same as the employee did.
            counter.Reset();
            Assert.Equal(first, (await host.Graph(EmployeeQuery, new { e = structure.EmployeeId })).Ok().At("employee").ToString());
            Assert.Equal(1, counter.Of(EmployeeCallCounter.TeamMemberRead));
            Assert.Equal(1, counter.Of(nameof(IEmployeeGrain.GetMemberAdvice)));
            counter.Reset();
            Assert.Equal(first, (await host.Graph(EmployeeQuery, new { e = structure.EmployeeId })).Ok().At("employee").ToString());
            Assert.Equal(1, counter.Of(EmployeeCallCounter.TeamMemberRead));
            Assert.Equal(0, counter.Total);

            // Never older than an acknowledged change: an assessment, a crisis.
            Assert.Equal("DELEGATING", await StyleAfter("HIGH", "HIGH"));
            Assert.Equal("COACHING", await StyleAfter("LOW", "LOW"));
            (await host.Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:true, reason:\"CRM down\"){ crisis } }", new { t = structure.TeamId })).Ok();
            Assert.Equal("DIRECTING", (await host.Graph(EmployeeQuery, new { e = structure.EmployeeId })).Ok().At("employee", "currentRecommendation", "style").GetString());

            // Erased: not found, as before it was ever read.
            Assert.True((await host.Graph("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = structure.EmployeeId })).Ok().At("eraseEmployee").GetBoolean());
            var erased = await host.Graph(EmployeeQuery, new { e = structure.EmployeeId });
            Assert.Equal("NOT_FOUND", erased.ErrorCode);
            Assert.DoesNotContain("Jan", erased.Raw);
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }

    [Fact]
    public async Task Two_tasks_in_one_query_each_get_their_own_advice()
    {
        var host = new TestHost();
        try
        {
            var structure = await Scenario.CreateOrganisationWithTeam(host);
            (await host.Graph("mutation($e:ID!){ a: assessEmployee(employeeId:$e, task:\"Tickets\", competence: LOW, commitment: HIGH){ task } "
                              + "b: assessEmployee(employeeId:$e, task:\"Calls\", competence: HIGH, commitment: HIGH){ task } }",
                new { e = structure.EmployeeId })).Ok();

            var employee = (await host.Graph("query($t:ID!){ team(id:$t){ employees { tickets: currentRecommendation(task:\"Tickets\"){ style } "
                                             + "calls: currentRecommendation(task:\"Calls\"){ style } } } }", new { t = structure.TeamId }))
                .Ok().At("team", "employees")[0];
            Assert.Equal("DIRECTING", employee.GetProperty("tickets").GetProperty("style").GetString());
            Assert.Equal("DELEGATING", employee.GetProperty("calls").GetProperty("style").GetString());
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }

    [Fact]
    public async Task Advice_read_ahead_is_still_refused_to_whoever_may_not_see_it()
    {
        var host = new TestHost();
        try
        {
            var structure = await Scenario.CreateOrganisationWithTeam(host);
            (await host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: LOW, commitment: HIGH){ task } }",
                new { e = structure.EmployeeId })).Ok();
            var orgAdminKey = (await host.Graph("mutation($t:ID!){ issueApiKey(tenantId:$t, role: ORG_ADMIN){ key } }", new { t = structure.OrganisationId }))
                .Ok().At("issueApiKey", "key").GetString()!;

            // The org admin sees the structure, not an employee's personal data.
            var response = await host.Graph(TeamQuery, new { t = structure.TeamId }, orgAdminKey);
            Assert.Equal("FORBIDDEN", response.ErrorCode);
            Assert.DoesNotContain("DIRECTING", response.Raw);
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }
}
