using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LeadPlatform.Api.Tests.Security;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Clients;

/// <summary>Consultancy clients through the API: import, comparison, hand-over, archive, audit log.</summary>
[Collection(TenantWorldCollection.Name)]
public sealed class ClientLifecycleApiTests(TenantWorld world, ITestOutputHelper output)
{
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("LEADPLATFORM_IMPORT_ROWS"), out var rows) ? rows : 10_000;

    private const string Import = "mutation($o:ID!,$csv:String!){ importOrganisationStructure(organisationId:$o, csv:$csv){ teamsCreated managersCreated employeesCreated errors { line message } } }";

    private async Task<string> NewClient(string name = "Import BV") =>
        await world.Admin("mutation($n:String!,$c:ID){ createOrganisation(name:$n, consultancyId:$c){ id } }", new { n = name, c = world.A.ConsultancyId }, "createOrganisation", "id");

    [Fact]
    public async Task A_messy_file_imports_its_good_rows_reports_the_bad_ones_and_imports_once()
    {
        var organisationId = await NewClient();
        const string csv = "\uFEFFTeam;Manager;Employee\r\n\"Klantenservice; Noord\";Mila de Vries;Jan Jansen\r\n\"Klantenservice; Noord\";Mila de Vries;Ömer Yıldız;extra\r\n\"Klantenservice; Noord\";Mila de Vries;\"Zoë \"\"Z\"\" Bakker\"\r\n;Nobody;Orphan\r\nSales;;Chloë\r\nsales;Sam;\r\n\"Klantenservice; Noord\";Someone Else;Intruder\r\n";
        var first = (await world.Host.Graph(Import, new { o = organisationId, csv }, world.KeyOf("CONSULTANT"))).Ok().At("importOrganisationStructure");
        output.WriteLine(first.GetRawText());
        Assert.Equal(2, first.GetProperty("teamsCreated").GetInt32());
        Assert.Equal(2, first.GetProperty("managersCreated").GetInt32());
        Assert.Equal(3, first.GetProperty("employeesCreated").GetInt32());
        var lines = first.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).ToArray();
        Assert.Equal([3, 5, 8], lines); // too many columns, no team, another manager than the team's

        var again = (await world.Host.Graph(Import, new { o = organisationId, csv }, world.KeyOf("CONSULTANT"))).Ok().At("importOrganisationStructure");
        Assert.Equal((0, 0, 0), (again.GetProperty("teamsCreated").GetInt32(), again.GetProperty("managersCreated").GetInt32(), again.GetProperty("employeesCreated").GetInt32()));

        var teams = (await world.Host.Graph("query($o:ID!){ organisation(id:$o){ teams { name manager { name } employees { name } } } }", new { o = organisationId }))
            .Ok().At("organisation", "teams");
        var service = teams.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Klantenservice; Noord");
        Assert.Equal("Mila de Vries", service.GetProperty("manager").GetProperty("name").GetString());
        Assert.Equal(["Jan Jansen", "Zoë \"Z\" Bakker"], service.GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Ten_thousand_rows_import_and_the_rate_is_reported()
    {
        var organisationId = await NewClient("Big BV");
        var csv = new StringBuilder("team,manager,employee\n");
        for (var i = 0; i < Rows; i++) csv.Append($"Team {i % 100},Manager {i % 100},Employee {i}\n");
        var clock = Stopwatch.StartNew();
        var result = (await world.Host.Graph(Import, new { o = organisationId, csv = csv.ToString() })).Ok().At("importOrganisationStructure");
        output.WriteLine($"{Rows} rows imported in {clock.Elapsed.TotalSeconds:F1} s = {Rows / clock.Elapsed.TotalSeconds:F0} rows/s");
        Assert.Equal(100, result.GetProperty("teamsCreated").GetInt32());
        Assert.Equal(Rows, result.GetProperty("employeesCreated").GetInt32());
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_foreign_consultant_cannot_import_into_or_compare_another_consultancys_clients()
    {
        var organisationId = await NewClient();
        var foreign = await world.Host.Graph(Import, new { o = organisationId, csv = "team\nX\n" }, world.B.Keys["CONSULTANT"]);
        Assert.True(foreign.ErrorCode is "FORBIDDEN" or "NOT_FOUND", foreign.Raw);
        var comparison = await world.Host.Graph("query($c:ID!){ consultancy(id:$c){ clientComparison { clients { rank } } } }", new { c = world.A.ConsultancyId }, world.B.Keys["CONSULTANT"]);
        Assert.True(comparison.ErrorCode is "FORBIDDEN" or "NOT_FOUND", comparison.Raw);
    }

    [Fact]
    public async Task Client_comparison_ranks_clients_and_averages_them()
    {
        await NewClient("No managers yet BV");
        var comparison = (await world.Host.Graph("query($c:ID!){ consultancy(id:$c){ clientComparison { averageAdoptionRate clients { rank organisation { id } adoption { adoptionRate sessionsCompleted managers } } } } }",
            new { c = world.A.ConsultancyId }, world.KeyOf("CONSULTANT"))).Ok().At("consultancy", "clientComparison");
        var clients = comparison.GetProperty("clients").EnumerateArray()
            .Select(c => (Rank: c.GetProperty("rank").GetInt32(), Id: c.GetProperty("organisation").GetProperty("id").GetString(), Adoption: c.GetProperty("adoption"))).ToArray();
        (double Rate, long Sessions) Standing(JsonElement adoption) => (adoption.GetProperty("adoptionRate").GetDouble(), adoption.GetProperty("sessionsCompleted").GetInt64());
        Assert.Contains(clients, c => c.Id == world.A.OrganisationId);
        Assert.Contains(clients, c => c.Adoption.GetProperty("managers").GetInt64() == 0);
        // Ranked from the highest, and clients that stand equal share a rank: 1 + the clients ahead of them.
        Assert.Equal(clients.Select(c => 1 + clients.Count(other => Standing(other.Adoption).CompareTo(Standing(c.Adoption)) > 0)), clients.Select(c => c.Rank));
        // A client without managers has no adoption rate: it is left out of the average, not counted as 0.
        Assert.Equal(clients.Where(c => c.Adoption.GetProperty("managers").GetInt64() > 0).Average(c => c.Adoption.GetProperty("adoptionRate").GetDouble()),
            comparison.GetProperty("averageAdoptionRate").GetDouble(), 6);
    }

    [Fact]
    public async Task A_detached_client_is_gone_from_the_consultancy_at_once_and_an_archived_one_takes_no_new_structure()
    {
        var organisationId = await NewClient("Leaving BV");
        var consultant = world.KeyOf("CONSULTANT");
        (await world.Host.Graph("mutation($o:ID!){ detachClient(organisationId:$o) }", new { o = organisationId }, consultant)).Ok();

        var gone = await world.Host.Graph("query($o:ID!){ organisation(id:$o){ name } }", new { o = organisationId }, consultant);
        Assert.True(gone.ErrorCode is "NOT_FOUND" or "FORBIDDEN", gone.Raw);
        var list = (await world.Host.Graph("query($c:ID!){ consultancy(id:$c){ organisations { id } } }", new { c = world.A.ConsultancyId }, consultant)).Ok();
        Assert.DoesNotContain(organisationId, list.At("consultancy", "organisations").EnumerateArray().Select(o => o.GetProperty("id").GetString()));

        (await world.Host.Graph("mutation($o:ID!){ archiveOrganisation(organisationId:$o){ archived } }", new { o = organisationId })).Ok();
        Assert.Equal("CONFLICT", (await world.Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"New\"){ id } }", new { o = organisationId })).ErrorCode);
    }

    /// <summary>
    /// The consultant saw the text of every key it issued for the client's people; without revoking them, the former
    /// consultancy could still act as the client's admin after the hand-over. Keys the client or the platform issued stay.
    /// </summary>
    [Fact]
    public async Task Handing_a_client_over_revokes_the_keys_its_consultants_issued_for_it_and_keeps_the_others()
    {
        var organisationId = await NewClient("Handed Over BV");
        var consultant = world.KeyOf("CONSULTANT");
        const string IssueOrgAdmin = "mutation($o:ID!){ issueApiKey(tenantId:$o, role: ORG_ADMIN){ key } }";
        async Task<string> Issue(string issuer) =>
            (await world.Host.Graph(IssueOrgAdmin, new { o = organisationId }, issuer)).Ok().At("issueApiKey", "key").GetString()!;
        var byConsultant = await Issue(consultant);
        var byPlatform = await Issue(TestHost.AdminKey);
        var byClient = await Issue(byConsultant); // the client's admin, with the key the consultant gave it, for a colleague
        const string Read = "query($o:ID!){ organisation(id:$o){ name } }";
        async Task<GraphResponse> ReadWith(string key) => await world.Host.Graph(Read, new { o = organisationId }, key);

        var foreign = await world.Host.Graph("mutation($o:ID!){ detachClient(organisationId:$o) }", new { o = organisationId }, world.B.Keys["CONSULTANT"]);
        Assert.True(foreign.ErrorCode is "FORBIDDEN" or "NOT_FOUND", foreign.Raw);
        (await ReadWith(byConsultant)).Ok(); // another consultancy's attempt revoked nothing

        (await world.Host.Graph("mutation($o:ID!){ detachClient(organisationId:$o) }", new { o = organisationId }, consultant)).Ok();

        Assert.Equal(401, (await ReadWith(byConsultant)).Status);
        Assert.Equal("Handed Over BV", (await ReadWith(byPlatform)).Ok().At("organisation", "name").GetString());
        Assert.Equal("Handed Over BV", (await ReadWith(byClient)).Ok().At("organisation", "name").GetString());
    }

    [Fact]
    public async Task Handing_over_an_organisation_that_is_already_a_direct_customer_is_a_conflict_and_an_unknown_one_not_found()
    {
        var organisationId = await NewClient("Twice BV");
        const string Detach = "mutation($o:ID!){ detachClient(organisationId:$o) }";
        (await world.Host.Graph(Detach, new { o = organisationId }, world.KeyOf("CONSULTANT"))).Ok();

        var again = await world.Host.Graph(Detach, new { o = organisationId });
        Assert.Equal("CONFLICT", again.ErrorCode);
        Assert.Contains("direct customer", again.FirstError.GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", (await world.Host.Graph(Detach, new { o = "org-doesnotexist" })).ErrorCode);
        // The former consultant is refused before it could learn either.
        var former = await world.Host.Graph(Detach, new { o = organisationId }, world.KeyOf("CONSULTANT"));
        Assert.True(former.ErrorCode is "FORBIDDEN" or "NOT_FOUND", former.Raw);
    }

    [Theory]
    [InlineData("ORG_ADMIN", "an organisation")]
    [InlineData("EMPLOYEE", "an organisation")]
    public async Task A_key_for_an_organisation_role_named_on_a_consultancy_is_bad_user_input(string role, string expected)
    {
        var response = await world.Host.Graph("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
            new { t = world.A.ConsultancyId, r = role, s = role == "EMPLOYEE" ? world.A.EmployeeId : null });
        Assert.Equal(("BAD_USER_INPUT", "tenantId"), (response.ErrorCode, response.FirstError.GetProperty("extensions").GetProperty("field").GetString()));
        Assert.Contains(expected, response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_audit_log_records_who_did_what_without_names_for_org_admins_only()
    {
        var orgAdmin = world.KeyOf("ORG_ADMIN");
        var teamId = (await world.Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Audited Team Secret Name\"){ id } }", new { o = world.A.OrganisationId }, orgAdmin))
            .Ok().At("addTeam", "id").GetString();
        var key = (await world.Host.Graph("mutation($o:ID!,$s:ID){ issueApiKey(tenantId:$o, role: EMPLOYEE, subjectId:$s){ id } }",
            new { o = world.A.OrganisationId, s = world.A.EmployeeId }, orgAdmin)).Ok().At("issueApiKey", "id").GetString();
        (await world.Host.Graph("mutation($k:ID!){ revokeApiKey(keyId:$k) }", new { k = key }, orgAdmin)).Ok();

        var log = (await world.Host.Graph("query($o:ID!){ auditLog(organisationId:$o, first: 50){ totalCount edges { node { action actorRole targetId details } } } }",
            new { o = world.A.OrganisationId }, orgAdmin)).Ok().At("auditLog");
        var entries = log.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToArray();
        Assert.Equal("revokeApiKey", entries[0].GetProperty("action").GetString());
        // Roles as the API spells them, and the new key's id: how a lost or leaked key is found to revoke it.
        var issued = Assert.Single(entries, e => e.GetProperty("action").GetString() == "issueApiKey" && e.GetProperty("details").GetString()!.Contains($"keyId={key}"));
        Assert.Contains("role=EMPLOYEE", issued.GetProperty("details").GetString());
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "addTeam" && e.GetProperty("targetId").GetString() == teamId && e.GetProperty("actorRole").GetString() == "ORG_ADMIN");
        Assert.DoesNotContain("Secret Name", log.GetRawText());

        foreach (var role in new[] { "MANAGER", "CONSULTANT", "EMPLOYEE" })
        {
            var refused = await world.Host.Graph("query($o:ID!){ auditLog(organisationId:$o){ totalCount } }", new { o = world.A.OrganisationId }, world.KeyOf(role));
            Assert.True(refused.ErrorCode is "FORBIDDEN" or "NOT_FOUND", refused.Raw);
        }
        var foreign = await world.Host.Graph("query($o:ID!){ auditLog(organisationId:$o){ totalCount } }", new { o = world.B.OrganisationId }, orgAdmin);
        Assert.True(foreign.ErrorCode is "FORBIDDEN" or "NOT_FOUND", foreign.Raw);
    }
}
