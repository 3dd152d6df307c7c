using System.Text.Json;

namespace LeadPlatform.Api.Tests.Privacy;

/// <summary>
/// GDPR export and erasure end to end on the default SQLite store: the export holds every fact of a realistic
/// history; after erasure the employee is NOT_FOUND everywhere, no other grain mentions them, the adoption figures are
/// unchanged, and a byte search of the store's files (database, WAL and shared memory) finds none of their texts.
/// </summary>
public sealed class EmployeeDataTests : IAsyncLifetime
{
    private readonly TestHost host = new();

    public async Task InitializeAsync() => await host.Graph("{ me { role } }");

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Fact]
    public async Task The_export_is_one_JSON_document_with_every_stored_fact()
    {
        var history = await PersonalHistory.Build(host.Graph, TestHost.AdminKey);

        var export = (await host.Graph("mutation($e:ID!){ exportEmployeeData(employeeId:$e){ employeeId exportedAt document } }",
            new { e = history.EmployeeId }, history.OrgAdminKey)).Ok().At("exportEmployeeData");
        Assert.Equal(history.EmployeeId, export.GetProperty("employeeId").GetString());
        using var document = JsonDocument.Parse(export.GetProperty("document").GetString()!);
        var root = document.RootElement;

        Assert.Equal(history.EmployeeId, root.GetProperty("employeeId").GetString());
        var profile = root.GetProperty("profile");
        Assert.Equal(history.Name, profile.GetProperty("name").GetString());
        Assert.Equal(history.OrganisationId, profile.GetProperty("organisationId").GetString());
        Assert.Equal("Support", profile.GetProperty("team").GetProperty("name").GetString());

        Assert.Equal(["LOW", "SOME"], Strings(root.GetProperty("assessments"), "competence"));
        Assert.Equal(["D1", "D2"], Strings(root.GetProperty("assessments"), "developmentLevel"));
        Assert.Equal(["HIGH"], Strings(root.GetProperty("selfAssessments"), "competence"));

        var session = Assert.Single(root.GetProperty("coachingSessions").EnumerateArray());
        Assert.Equal(history.SessionId, session.GetProperty("id").GetString());
        Assert.Equal(history.Goal, session.GetProperty("goal").GetString());
        Assert.Equal("COMPLETED", session.GetProperty("stage").GetString());
        Assert.Equal([history.GoalNote, history.RealityNote], Strings(session.GetProperty("notes"), "text"));
        Assert.Equal(["GOAL", "REALITY"], Strings(session.GetProperty("notes"), "stage"));
        Assert.Equal([history.Question], Strings(session.GetProperty("questions"), "text"));
        Assert.Equal([history.Action], Strings(session.GetProperty("actions"), "description"));

        var interactions = root.GetProperty("interactions");
        Assert.Equal(["COACH", "COACH"], Strings(interactions, "hat")); // the session, and the logged conversation
        Assert.Contains(history.InteractionNote, Strings(interactions, "note"));
        Assert.Contains(interactions.EnumerateArray(), i => i.GetProperty("task").ValueKind == JsonValueKind.String && i.GetProperty("task").GetString() == "Escalations");
        Assert.All(interactions.EnumerateArray(), i => Assert.NotEqual(JsonValueKind.Null, i.GetProperty("at").ValueKind));

        Assert.Equal([history.Idea], Strings(root.GetProperty("teamIdeas"), "text"));

        var key = Assert.Single(root.GetProperty("apiKeys").EnumerateArray());
        Assert.Equal("EMPLOYEE", key.GetProperty("role").GetString());
        Assert.Equal(history.EmployeeKey.Split('.')[1], key.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, key.GetProperty("revokedAt").ValueKind);
        // Never a secret: neither the key nor anything hash-like is in the document.
        Assert.DoesNotContain(history.EmployeeKey, export.GetProperty("document").GetString());
        Assert.DoesNotContain("hash", export.GetProperty("document").GetString(), StringComparison.OrdinalIgnoreCase);

        // Nothing about the colleague.
        Assert.DoesNotContain(history.ColleagueId, export.GetProperty("document").GetString());
        Assert.DoesNotContain("Explained the queue", export.GetProperty("document").GetString());
    }

    [Fact]
    public async Task After_erasure_the_employee_is_not_found_anywhere_and_the_store_holds_no_trace()
    {
        var history = await PersonalHistory.Build(host.Graph, TestHost.AdminKey);
        var adoptionBefore = await StableAdoption(history);
        // The scan works: before the erasure it finds the name and the texts in the store's files.
        Assert.Equal(history.PersonalTexts.Length, RawStoreScan.FindInFolder(host.DataDirectory, history.PersonalTexts).Select(f => f.Split("' in ")[0]).Distinct().Count());

        Assert.True((await host.Graph("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = history.EmployeeId }, history.OrgAdminKey))
            .Ok().At("eraseEmployee").GetBoolean());

        // NOT_FOUND everywhere.
        await NotFound("query($e:ID!){ employee(id:$e){ id name } }", new { e = history.EmployeeId }, TestHost.AdminKey);
        await NotFound("query($s:ID!){ coachingSession(id:$s){ id } }", new { s = history.SessionId }, TestHost.AdminKey);
        await NotFound("query($s:ID!){ coachingSession(id:$s){ id goal } }", new { s = history.SessionId }, history.ManagerKey);
        await NotFound("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Escalations\", competence: HIGH, commitment: HIGH){ task } }",
            new { e = history.EmployeeId }, history.ManagerKey);
        await NotFound("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Once more\"){ id } }", new { e = history.EmployeeId }, history.ManagerKey);
        await NotFound("mutation($m:ID!,$e:ID!){ logInteraction(managerId:$m, employeeId:$e, hat: COACH) }",
            new { m = history.ManagerId, e = history.EmployeeId }, history.ManagerKey);
        await NotFound("mutation($a:ID!){ completeAction(actionId:$a){ id } }", new { a = history.ActionId }, history.ManagerKey);
        await NotFound("mutation($t:ID!,$s:ID){ issueApiKey(tenantId:$t, role: EMPLOYEE, subjectId:$s){ key } }",
            new { t = history.OrganisationId, s = history.EmployeeId }, history.OrgAdminKey);
        await NotFound("mutation($e:ID!){ exportEmployeeData(employeeId:$e){ document } }", new { e = history.EmployeeId }, history.OrgAdminKey);
        // Nothing is left, so a second erasure finds nothing either.
        await NotFound("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = history.EmployeeId }, history.OrgAdminKey);
        // The key that spoke for them is gone.
        Assert.Equal(401, (await host.Graph("{ me { role } }", key: history.EmployeeKey)).Status);

        // The team, the manager's record and follow-up, and the team session no longer mention them.
        var team = (await host.Graph("query($t:ID!){ team(id:$t){ employees { id } teamSessions { ideas { ownerId text } } } }",
            new { t = history.TeamId }, history.ManagerKey)).Ok().At("team");
        Assert.Equal([history.ColleagueId], team.GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var ideas = team.GetProperty("teamSessions")[0].GetProperty("ideas");
        Assert.Equal([history.ColleagueId], ideas.EnumerateArray().Select(i => i.GetProperty("ownerId").GetString()));
        var manager = (await host.Graph("query($m:ID!){ manager(id:$m){ interactions { id employeeId note } nudges { actionId message } coachingSessions { id } } }",
            new { m = history.ManagerId }, history.ManagerKey)).Ok().At("manager");
        var interaction = Assert.Single(manager.GetProperty("interactions").EnumerateArray());
        Assert.Equal(history.ColleagueId, interaction.GetProperty("employeeId").GetString());
        Assert.DoesNotContain(history.EmployeeId, manager.GetRawText());
        Assert.DoesNotContain(history.ActionId, manager.GetRawText());
        Assert.DoesNotContain(history.Action, manager.GetRawText());
        Assert.Empty(manager.GetProperty("coachingSessions").EnumerateArray());

        // Aggregates keep their anonymous counts.
        Assert.Equal(adoptionBefore, await Adoption(history));

        // The raw store: database, WAL and shared-memory files hold none of their texts.
        Assert.Empty(RawStoreScan.FindInFolder(host.DataDirectory, history.PersonalTexts));
        Assert.Contains(Directory.EnumerateFiles(host.DataDirectory), path => path.EndsWith(".db", StringComparison.Ordinal));
    }

    private async Task NotFound(string query, object variables, string key)
    {
        var response = await host.Graph(query, variables, key);
        Assert.True(response.ErrorCode == "NOT_FOUND", $"{query}: {response.Raw}");
    }

    private const string Figures = "managers managersCoaching sessionsStarted sessionsCompleted openQuestionRatio coachHatShare styleFitRate "
        + "actionCompletionRate developmentLevels { level count }";

    private async Task<string> Adoption(PersonalHistory history) =>
        (await host.Graph($"query($o:ID!){{ organisation(id:$o){{ adoption {{ {Figures} }} }} }}", new { o = history.OrganisationId }, history.OrgAdminKey))
            .Ok().At("organisation", "adoption").GetRawText();

    /// <summary>
    /// The organisation's figures once every fact of the history has arrived: the completed session, three
    /// assessments, and three interactions, two in the coach hat (the session and the logged conversation) and the
    /// colleague's in the manager hat, which is sent last.
    /// </summary>
    private async Task<string> StableAdoption(PersonalHistory history) =>
        (await ArrivedAdoption.Of((q, v, k) => host.Graph(q, v, k), history.OrgAdminKey, "organisation", history.OrganisationId, Figures,
            f => f.GetProperty("sessionsCompleted").GetInt64() == 1 && ArrivedAdoption.Assessments(f) == 3
                && Math.Abs(f.GetProperty("coachHatShare").GetDouble() - 2.0 / 3) < 1e-9)).GetRawText();

    private static string[] Strings(JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(item => item.GetProperty(property).GetString()!)];
}
