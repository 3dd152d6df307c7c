using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// The gateways' API-key cache through the real host: a key the cache holds stops working on the very next request
/// once <c>revokeApiKey</c> (or an erasure) returned, on every gateway; the cache never widens what a key reaches.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ApiKeyCacheApiTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_revoked_key_is_refused_on_the_very_next_request()
    {
        var organisationId = await NewOrganisation(Host);
        var key = await Issue(Host, organisationId, "ORG_ADMIN", null);
        await AssertServedFromCache(Host, key);

        (await Host.Graph("mutation($k:ID!){ revokeApiKey(keyId:$k) }", new { k = KeyId(key) })).Ok();

        Assert.Equal(401, (await Host.Graph("{ me { role } }", key: key)).Status);
    }

    [Fact]
    public async Task Another_secret_for_a_cached_key_id_is_refused()
    {
        var key = await Issue(Host, await NewOrganisation(Host), "ORG_ADMIN", null);
        await AssertServedFromCache(Host, key);

        var forged = $"lp.{KeyId(key)}.{new string('A', 43)}";
        Assert.Equal(401, (await Host.Graph("{ me { role } }", key: forged)).Status);
        Assert.Equal(200, (await Host.Graph("{ me { role } }", key: key)).Status);
    }

    [Fact]
    public async Task A_cached_key_still_reaches_no_foreign_tenant()
    {
        var own = await NewOrganisation(Host);
        var foreign = await NewOrganisation(Host);
        var key = await Issue(Host, own, "ORG_ADMIN", null);
        await AssertServedFromCache(Host, key);

        var response = await Host.Graph("query($o:ID!){ organisation(id:$o){ id name } }", new { o = foreign }, key);
        Assert.Contains(response.ErrorCode, new[] { "FORBIDDEN", "NOT_FOUND" });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("organisation").ValueKind);
    }

    [Fact]
    public async Task An_erased_employees_key_is_refused_on_the_very_next_request()
    {
        var organisationId = await NewOrganisation(Host);
        var teamId = (await Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"T\"){ id } }", new { o = organisationId }))
            .Ok().At("addTeam", "id").GetString();
        var employeeId = (await Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Erased\"){ id } }", new { t = teamId }))
            .Ok().At("addEmployee", "id").GetString();
        var key = await Issue(Host, organisationId, "EMPLOYEE", employeeId);
        await AssertServedFromCache(Host, key);

        Assert.True((await Host.Graph("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = employeeId })).Ok().At("eraseEmployee").GetBoolean());

        Assert.Equal(401, (await Host.Graph("{ me { role } }", key: key)).Status);
    }

    [Fact]
    public async Task A_manager_whose_team_is_cached_still_sees_only_their_own_teams_employees()
    {
        var organisationId = await NewOrganisation(Host);
        var ownTeam = await AddTeam(organisationId);
        var otherTeam = await AddTeam(organisationId);
        var managerId = (await Host.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"M\"){ id } }", new { t = ownTeam })).Ok().At("addManager", "id").GetString();
        var own = await AddEmployee(ownTeam);
        var other = await AddEmployee(otherTeam);
        var key = await Issue(Host, organisationId, "MANAGER", managerId);
        const string read = "query($e:ID!){ employee(id:$e){ id assessments { task } } }";

        for (var pass = 0; pass < 2; pass++) // the second pass finds the manager's team in the cache
        {
            Assert.Equal(own, (await Host.Graph(read, new { e = own }, key)).Ok().At("employee", "id").GetString());
            var refused = await Host.Graph(read, new { e = other }, key);
            Assert.True(refused.HasErrors);
        }
        var manager = new Abstractions.Security.Principal(organisationId, Abstractions.Security.Role.Manager, managerId);
        Assert.Equal(ownTeam, Host.Services.GetRequiredService<ManagerTeamCache>().Find(manager)); // so the second pass used it
    }

    private async Task<string> AddTeam(string organisationId) =>
        (await Host.Graph("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = organisationId, n = $"T {Guid.NewGuid():N}" }))
            .Ok().At("addTeam", "id").GetString()!;

    private async Task<string> AddEmployee(string teamId) =>
        (await Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"E\"){ id } }", new { t = teamId })).Ok().At("addEmployee", "id").GetString()!;

    /// <summary>
    /// The key is answered, and kept in the host's cache, so the next request would not ask the key's grain. A host's
    /// first lease can still be on its way right after it started (its renewal races the first requests on a busy
    /// machine; CI saw it once), and without one the cache keeps nothing: the request is sent again until it is kept.
    /// </summary>
    internal static async Task AssertServedFromCache(TestHost host, string key)
    {
        var cache = host.Services.GetRequiredService<ApiKeyPrincipalCache>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            Assert.Equal(200, (await host.Graph("{ me { role } }", key: key)).Status);
            if (cache.Find(KeyId(key), ApiKeyText.Hash(key)) is not null) return;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail("The key was answered but never kept in the host's key cache.");
    }

    internal static async Task<string> NewOrganisation(TestHost host) =>
        (await host.Graph("mutation{ createOrganisation(name:\"Cached keys BV\"){ id } }")).Ok().At("createOrganisation", "id").GetString()!;

    internal static async Task<string> Issue(TestHost host, string tenantId, string role, string? subjectId) =>
        (await host.Graph("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
            new { t = tenantId, r = role, s = subjectId })).Ok().At("issueApiKey", "key").GetString()!;

    internal static string KeyId(string key) => key.Split('.')[1];
}
