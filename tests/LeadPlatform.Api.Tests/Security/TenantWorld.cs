using System.Text.Json;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// Two consultancies, each with one client organisation (team, manager, employee) and a key per role,
/// built through the API. "Own" is side A; "foreign" is side B.
/// </summary>
public sealed class TenantWorld : IAsyncLifetime
{
    public TestHost Host { get; } = new();

    public Side A { get; private set; } = null!;
    public Side B { get; private set; } = null!;

    public sealed record Side(string ConsultancyId, string OrganisationId, string TeamId, string ManagerId, string EmployeeId,
        IReadOnlyDictionary<string, string> Keys);

    public async Task InitializeAsync()
    {
        A = await BuildSide("A");
        B = await BuildSide("B");
        // Each side's manager has reached its organisation's and consultancy's adoption, so tests may read it once.
        foreach (var side in new[] { A, B })
        foreach (var (owner, id) in new[] { ("organisation", side.OrganisationId), ("consultancy", side.ConsultancyId) })
            await ArrivedAdoption.Of((q, v, k) => Host.Graph(q, v, k), TestHost.AdminKey, owner, id, "managers", f => f.GetProperty("managers").GetInt64() >= 1);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteData();
    }

    /// <summary>The key of a role on side A (the caller's own side); PLATFORM_ADMIN is the configured admin key.</summary>
    public string KeyOf(string role) => role == "PLATFORM_ADMIN" ? TestHost.AdminKey : A.Keys[role];

    public async Task<string> Admin(string query, object? variables = null, params string[] path)
    {
        var element = (await Host.Graph(query, variables)).Ok().At(path);
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }

    private async Task<Side> BuildSide(string name)
    {
        var consultancyId = await Admin("mutation($n:String!){ createConsultancy(name:$n){ id } }", new { n = $"Consultancy {name}" }, "createConsultancy", "id");
        var organisationId = await Admin("mutation($n:String!,$c:ID){ createOrganisation(name:$n, consultancyId:$c){ id } }",
            new { n = $"Client {name}", c = consultancyId }, "createOrganisation", "id");
        var teamId = await Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Team\"){ id } }", new { o = organisationId }, "addTeam", "id");
        var managerId = await Admin("mutation($t:ID!){ addManager(teamId:$t, name:\"Manager\"){ id } }", new { t = teamId }, "addManager", "id");
        var employeeId = await Admin("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Employee\"){ id } }", new { t = teamId }, "addEmployee", "id");
        await Admin("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: HIGH, commitment: HIGH){ task } }",
            new { e = employeeId }, "assessEmployee", "task");

        var keys = new Dictionary<string, string>
        {
            ["CONSULTANT"] = await Issue(consultancyId, "CONSULTANT", null),
            ["ORG_ADMIN"] = await Issue(organisationId, "ORG_ADMIN", null),
            ["MANAGER"] = await Issue(organisationId, "MANAGER", managerId),
            ["EMPLOYEE"] = await Issue(organisationId, "EMPLOYEE", employeeId),
        };
        return new Side(consultancyId, organisationId, teamId, managerId, employeeId, keys);
    }

    /// <summary>A new coaching session of the side's manager with the side's employee, as that manager.</summary>
    public async Task<string> StartSession(Side side)
    {
        var response = await Host.Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Handle escalations faster\"){ id } }",
            new { e = side.EmployeeId }, side.Keys["MANAGER"]);
        return response.Ok().At("startCoachingSession", "id").GetString()!;
    }

    /// <summary>A new session moved on to WILL, where action items are agreed.</summary>
    public async Task<string> SessionInWill(Side side)
    {
        var sessionId = await StartSession(side);
        for (var i = 0; i < 3; i++)
            (await Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = sessionId }, side.Keys["MANAGER"])).Ok();
        return sessionId;
    }

    /// <summary>A new open action item of the side's employee, due in a week.</summary>
    public async Task<string> NewAction(Side side)
    {
        var response = await Host.Graph("mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Write a macro\", dueDate:$d){ id } }",
            new { s = await SessionInWill(side), d = InAWeek }, side.Keys["MANAGER"]);
        return response.Ok().At("addAction", "id").GetString()!;
    }

    public const string RecordProgrammeMutation = """
        mutation($o:ID!,$m:ID!,$d:Date!){ recordProgramme(organisationId:$o,
          input:{ name:"Leading with questions", trainingDates:[$d], tracks:[{ managerId:$m, track: TRAINING_AND_COACHING }] }){ id } }
        """;

    /// <summary>A new programme of the side's organisation (its manager, training in a week), recorded by the platform admin.</summary>
    public Task<string> RecordProgramme(Side side) =>
        Admin(RecordProgrammeMutation, new { o = side.OrganisationId, m = side.ManagerId, d = InAWeek }, "recordProgramme", "id");

    /// <summary>A due date a week from now, as the Date scalar writes it.</summary>
    public static string InAWeek => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd");

        public Task<string> Issue(string tenantId, string role, string? subjectId) =>
        Admin("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
            new { t = tenantId, r = role, s = subjectId }, "issueApiKey", "key");
}

[CollectionDefinition(Name)]
public sealed class TenantWorldCollection : ICollectionFixture<TenantWorld>
{
    public const string Name = "tenant-world";
}
