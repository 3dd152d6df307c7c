using System.Text.Json;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// What is said in a coaching session (goal, notes, questions, pitfalls, feedback, action texts) is for its
/// manager and employee only: nobody else reads it, the platform admin included, while the organisation's
/// admins still see the structure.
/// </summary>
[Collection(TenantWorldCollection.Name)]
public sealed class SessionPrivacyTests(TenantWorld world)
{
    private const string Content = "goal notes { text } questions { text } pitfalls { trigger } feedback { openQuestionRatio }";
    private static readonly string[] PrivateFields = ["goal", "notes", "questions", "pitfalls", "feedback"];

    private async Task<string> SessionWithContent()
    {
        var sessionId = await world.StartSession(world.A);
        var manager = world.A.Keys["MANAGER"];
        (await world.Host.Graph("mutation($s:ID!){ recordQuestion(sessionId:$s, text:\"Hoe gaat het thuis met je burn-out?\"){ kind } }",
            new { s = sessionId }, manager)).Ok();
        (await world.Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Private: talked about the divorce\"){ stage } }",
            new { s = sessionId }, manager)).Ok();
        return sessionId;
    }

    [Theory]
    [InlineData("MANAGER")]
    [InlineData("EMPLOYEE")]
    public async Task The_session_s_manager_and_employee_read_everything(string role)
    {
        var sessionId = await SessionWithContent();
        var session = (await world.Host.Graph($"query($s:ID!){{ coachingSession(id:$s){{ id {Content} }} }}", new { s = sessionId }, world.KeyOf(role)))
            .Ok().At("coachingSession");
        Assert.Equal("Private: talked about the divorce", session.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal("Hoe gaat het thuis met je burn-out?", session.GetProperty("questions")[0].GetProperty("text").GetString());
        Assert.NotEmpty(session.GetProperty("pitfalls").EnumerateArray());
    }

    [Theory]
    [InlineData("ORG_ADMIN")]
    [InlineData("CONSULTANT")]
    [InlineData("PLATFORM_ADMIN")]
    public async Task Admins_see_the_structure_but_every_content_field_is_forbidden(string role)
    {
        var sessionId = await SessionWithContent();
        var response = await world.Host.Graph($"query($s:ID!){{ coachingSession(id:$s){{ id stage startedAt actions {{ id }} {Content} }} }}",
            new { s = sessionId }, world.KeyOf(role));

        var session = response.At("coachingSession");
        Assert.Equal(sessionId, session.GetProperty("id").GetString());
        Assert.Equal("REALITY", session.GetProperty("stage").GetString());
        foreach (var field in PrivateFields) Assert.Equal(JsonValueKind.Null, session.GetProperty(field).ValueKind);
        var errors = response.Json.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(PrivateFields.Length, errors.Count);
        Assert.All(errors, e => Assert.Equal("FORBIDDEN", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.DoesNotContain("divorce", response.Raw);
        Assert.DoesNotContain("burn-out", response.Raw);
    }

    [Fact]
    public async Task Another_manager_of_the_same_organisation_does_not_even_find_the_session()
    {
        // An organisation of its own, so the shared world keeps its one manager per side.
        var host = world.Host;
        var structure = await Scenario.CreateOrganisationWithTeam(host, "Privacy");
        var manager = await world.Issue(structure.OrganisationId, "MANAGER", structure.ManagerId);
        var sessionId = (await host.Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Talk about the divorce\"){ id } }",
            new { e = structure.EmployeeId }, manager)).Ok().At("startCoachingSession", "id").GetString();
        var teamId = await world.Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Sales\"){ id } }", new { o = structure.OrganisationId }, "addTeam", "id");
        var otherManager = await world.Admin("mutation($t:ID!){ addManager(teamId:$t, name:\"Other\"){ id } }", new { t = teamId }, "addManager", "id");
        var key = await world.Issue(structure.OrganisationId, "MANAGER", otherManager);

        var response = await host.Graph($"query($s:ID!){{ coachingSession(id:$s){{ id {Content} }} }}", new { s = sessionId }, key);
        Assert.Equal("NOT_FOUND", response.ErrorCode);
        Assert.Equal(JsonValueKind.Null, response.At("coachingSession").ValueKind);
        Assert.DoesNotContain("divorce", response.Raw);

        var question = await host.Graph("mutation($s:ID!){ recordQuestion(sessionId:$s, text:\"And you?\"){ kind } }", new { s = sessionId }, key);
        Assert.Equal("FORBIDDEN", question.ErrorCode);
    }

    [Fact]
    public async Task Action_texts_follow_the_same_rule_and_nudges_are_the_manager_s_own()
    {
        var actionId = await world.NewAction(world.A);
        var sessionId = actionId.Replace("/act-", "/sess-")[..^13];
        var asOrgAdmin = await world.Host.Graph("query($s:ID!){ coachingSession(id:$s){ actions { id dueDate completed description needs } } }",
            new { s = sessionId }, world.KeyOf("ORG_ADMIN"));
        var action = asOrgAdmin.At("coachingSession", "actions")[0];
        Assert.Equal(actionId, action.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, action.GetProperty("description").ValueKind);
        Assert.Equal("FORBIDDEN", asOrgAdmin.ErrorCode);

        var nudges = await world.Host.Graph("query($m:ID!){ manager(id:$m){ name nudges { message } } }", new { m = world.A.ManagerId }, world.KeyOf("ORG_ADMIN"));
        Assert.Equal("FORBIDDEN", nudges.ErrorCode);
        Assert.Equal("Manager", nudges.At("manager", "name").GetString());
    }
}
