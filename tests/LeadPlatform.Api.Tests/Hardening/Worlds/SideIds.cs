using System.Text.Json;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Tests.Hardening.Schema;
using LeadPlatform.Api.Tests.Security;

namespace LeadPlatform.Api.Tests.Hardening.Worlds;

/// <summary>Sends one GraphQL request with an API key: the in-process host or a host process alike.</summary>
public delegate Task<GraphResponse> GraphCall(string query, object? variables, string key);

/// <summary>
/// One tenant with an entity of every id kind (consultancy, organisation, team, manager, employee, coaching
/// session in WILL with an action item, team session, API key, programme) and a key per role.
/// </summary>
public sealed record SideIds(string ConsultancyId, string OrganisationId, string TeamId, string ManagerId, string EmployeeId,
    string SessionId, string ActionId, string TeamSessionId, string KeyId, string ProgrammeId, IReadOnlyDictionary<string, string> Keys, string AdminKey)
{
    public static readonly string[] Roles = ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN", "MANAGER", "EMPLOYEE"];

    /// <summary>The ids of this side of one kind (<see cref="IdKinds"/>).</summary>
    public string OfKind(string kind) => kind switch
    {
        IdKinds.Consultancy => ConsultancyId,
        IdKinds.Organisation => OrganisationId,
        IdKinds.Team => TeamId,
        IdKinds.Manager => ManagerId,
        IdKinds.Employee => EmployeeId,
        IdKinds.Session => SessionId,
        IdKinds.Action => ActionId,
        IdKinds.TeamSession => TeamSessionId,
        IdKinds.Key => KeyId,
        IdKinds.Programme => ProgrammeId,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no id of this kind"),
    };

    /// <summary>Every id of the side: none of them may show up in an answer to the other side.</summary>
    public string[] AllIds => [ConsultancyId, OrganisationId, TeamId, ManagerId, EmployeeId, SessionId, ActionId, TeamSessionId, KeyId, ProgrammeId];

    /// <summary>The key of a role; PLATFORM_ADMIN is the host's configured admin key.</summary>
    public string KeyOf(string role) => role == "PLATFORM_ADMIN" ? AdminKey : Keys[role];

    /// <summary>Completes a <see cref="TenantWorld"/> side with a session, an action item, a team session, a spare key and a programme.</summary>
    public static async Task<SideIds> Complete(TenantWorld world, TenantWorld.Side side)
    {
        var actionId = await world.NewAction(side);
        var teamSessionId = await world.Admin("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Sweep\"){ id } }", new { t = side.TeamId }, "startTeamSession", "id");
        var keyId = KeyIdOf(await world.Issue(side.OrganisationId, "EMPLOYEE", side.EmployeeId));
        var programmeId = await world.Admin(RecordProgramme, new { o = side.OrganisationId, m = side.ManagerId, d = SampleValues.InAWeek }, "recordProgramme", "id");
        return new SideIds(side.ConsultancyId, side.OrganisationId, side.TeamId, side.ManagerId, side.EmployeeId,
            CoachingIds.SessionOfAction(actionId)!, actionId, teamSessionId, keyId, programmeId, side.Keys, TestHost.AdminKey);
    }

    /// <summary>Builds a whole side through the API of <paramref name="host"/> (as its platform admin and the side's manager).</summary>
    public static Task<SideIds> Build(TestHost host, string label) => Build((q, v, k) => host.Graph(q, v, k), label, TestHost.AdminKey);

    /// <summary>Builds a whole side through any GraphQL endpoint (as <paramref name="adminKey"/> and the side's manager).</summary>
    public static async Task<SideIds> Build(GraphCall graph, string label, string adminKey)
    {
        async Task<string> Run(string query, object variables, string key, params string[] path)
        {
            var element = (await graph(query, variables, key)).Ok().At(path);
            return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        }
        Task<string> Admin(string query, object variables, params string[] path) => Run(query, variables, adminKey, path);
        Task<string> Issue(string tenant, string role, string? subject) =>
            Admin("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }", new { t = tenant, r = role, s = subject }, "issueApiKey", "key");

        var consultancy = await Admin("mutation($n:String!){ createConsultancy(name:$n){ id } }", new { n = $"Consultancy {label}" }, "createConsultancy", "id");
        var organisation = await Admin("mutation($n:String!,$c:ID){ createOrganisation(name:$n, consultancyId:$c){ id } }",
            new { n = $"Client {label}", c = consultancy }, "createOrganisation", "id");
        var team = await Admin("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = organisation, n = $"Team {label}" }, "addTeam", "id");
        var manager = await Admin("mutation($t:ID!,$n:String!){ addManager(teamId:$t, name:$n){ id } }", new { t = team, n = $"Manager {label}" }, "addManager", "id");
        var employee = await Admin("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = team, n = $"Employee {label}" }, "addEmployee", "id");
        await Admin("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: SOME, commitment: HIGH){ task } }", new { e = employee }, "assessEmployee", "task");
        var keys = new Dictionary<string, string>
        {
            ["CONSULTANT"] = await Issue(consultancy, "CONSULTANT", null),
            ["ORG_ADMIN"] = await Issue(organisation, "ORG_ADMIN", null),
            ["MANAGER"] = await Issue(organisation, "MANAGER", manager),
            ["EMPLOYEE"] = await Issue(organisation, "EMPLOYEE", employee),
        };
        var session = await Run("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Handle escalations faster\"){ id } }",
            new { e = employee }, keys["MANAGER"], "startCoachingSession", "id");
        for (var i = 0; i < 3; i++)
            await Run("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Noted\"){ stage } }", new { s = session }, keys["MANAGER"], "advanceSession", "stage");
        var action = await Run("mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Write a macro\", dueDate:$d){ id } }",
            new { s = session, d = SampleValues.InAWeek }, keys["MANAGER"], "addAction", "id");
        var teamSession = await Admin("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Fewer reopened tickets\"){ id } }", new { t = team }, "startTeamSession", "id");
        var spareKey = KeyIdOf(await Issue(organisation, "EMPLOYEE", employee));
        var programme = await Admin(RecordProgramme, new { o = organisation, m = manager, d = SampleValues.InAWeek }, "recordProgramme", "id");
        return new SideIds(consultancy, organisation, team, manager, employee, session, action, teamSession, spareKey, programme, keys, adminKey);
    }

    private const string RecordProgramme = "mutation($o:ID!,$m:ID!,$d:Date!){ recordProgramme(organisationId:$o, input:{ name:\"Programme\", trainingDates:[$d], tracks:[{ managerId:$m, track: TRAINING_AND_COACHING }] }){ id } }";

    /// <summary>A key is <c>lp.{keyId}.{secret}</c>.</summary>
    public static string KeyIdOf(string key) => key.Split('.')[1];
}
