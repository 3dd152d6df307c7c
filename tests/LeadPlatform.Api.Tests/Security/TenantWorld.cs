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

    public Task<string> Issue(string tenantId, string role, string? subjectId) =>
        Admin("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
            new { t = tenantId, r = role, s = subjectId }, "issueApiKey", "key");
}

[CollectionDefinition(Name)]
public sealed class TenantWorldCollection : ICollectionFixture<TenantWorld>
{
    public const string Name = "tenant-world";
}
