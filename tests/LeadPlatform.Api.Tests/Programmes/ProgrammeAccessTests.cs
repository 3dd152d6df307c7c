using System.Text.Json;
using LeadPlatform.Api.Tests.Security;

namespace LeadPlatform.Api.Tests.Programmes;

/// <summary>Programmes beyond the access matrix: input rules through the API, foreign managers, a handed-over client.</summary>
[Collection(TenantWorldCollection.Name)]
public sealed class ProgrammeAccessTests(TenantWorld world)
{
    private const string Record = "mutation($o:ID!,$input:ProgrammeInput!){ recordProgramme(organisationId:$o, input:$input){ id } }";

    private static object Input(string managerId, string name = "Leading with questions", string[]? dates = null) => new
    {
        name,
        trainingDates = dates ?? [TenantWorld.InAWeek],
        tracks = new[] { new { managerId, track = "TRAINING_ONLY" } },
    };

    [Theory]
    [InlineData("foreign manager")]
    [InlineData("employee")]
    [InlineData("malformed")]
    public async Task Only_managers_of_the_organisation_can_be_on_its_programme(string who)
    {
        var managerId = who switch
        {
            "foreign manager" => world.B.ManagerId,
            "employee" => world.A.EmployeeId,
            _ => "org-x/../mgr-x",
        };
        var response = await world.Host.Graph(Record, new { o = world.A.OrganisationId, input = Input(managerId) }, world.KeyOf("CONSULTANT"));
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("tracks", Field(response));
        Assert.DoesNotContain("\"data\":{", response.Raw);
    }

    [Theory]
    [InlineData("", null, "name")]
    [InlineData("Programme", "none", "trainingDates")]
    [InlineData("Programme", "twice", "trainingDates")]
    [InlineData("Programme", "far", "trainingDates")]
    public async Task Bad_input_names_the_field(string name, string? dates, string field)
    {
        string[]? days = dates switch
        {
            "none" => [],
            "twice" => [TenantWorld.InAWeek, TenantWorld.InAWeek],
            "far" => [DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3).ToString("yyyy-MM-dd")],
            _ => null,
        };
        var response = await world.Host.Graph(Record, new { o = world.A.OrganisationId, input = Input(world.A.ManagerId, name, days) }, world.KeyOf("ORG_ADMIN"));
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal(field, Field(response));
    }

    [Fact]
    public async Task Managers_and_employees_see_no_programmes_of_their_own_organisation()
    {
        await world.RecordProgramme(world.A);
        foreach (var role in new[] { "MANAGER", "EMPLOYEE" })
        {
            var response = await world.Host.Graph("query($o:ID!){ organisation(id:$o){ programmes { id } } }", new { o = world.A.OrganisationId }, world.KeyOf(role));
            Assert.Equal("FORBIDDEN", response.ErrorCode);
            Assert.DoesNotContain("prog-", response.Raw);
        }
    }

    [Fact]
    public async Task A_handed_over_clients_programmes_are_gone_for_the_former_consultancy()
    {
        var consultant = world.KeyOf("CONSULTANT");
        var organisationId = await world.Admin("mutation($c:ID){ createOrganisation(name:\"Moving on BV\", consultancyId:$c){ id } }",
            new { c = world.A.ConsultancyId }, "createOrganisation", "id");
        var teamId = await world.Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Team\"){ id } }", new { o = organisationId }, "addTeam", "id");
        var managerId = await world.Admin("mutation($t:ID!){ addManager(teamId:$t, name:\"Lead\"){ id } }", new { t = teamId }, "addManager", "id");
        var programmeId = (await world.Host.Graph(Record, new { o = organisationId, input = Input(managerId) }, consultant)).Ok().At("recordProgramme", "id").GetString()!;
        Assert.Contains(programmeId, await ClientRows(consultant));

        (await world.Host.Graph("mutation($o:ID!){ detachClient(organisationId:$o) }", new { o = organisationId }, consultant)).Ok();

        var read = await world.Host.Graph("query($o:ID!){ organisation(id:$o){ programmes { id comparison { all { managers } } } } }", new { o = organisationId }, consultant);
        Assert.True(read.ErrorCode is "NOT_FOUND" or "FORBIDDEN", read.Raw);
        Assert.DoesNotContain(programmeId, read.Raw);
        Assert.DoesNotContain(programmeId, await ClientRows(consultant));
        var delete = await world.Host.Graph("mutation($p:ID!){ deleteProgramme(programmeId:$p) }", new { p = programmeId }, consultant);
        Assert.True(delete.ErrorCode is "NOT_FOUND" or "FORBIDDEN", delete.Raw);
        var again = await world.Host.Graph(Record, new { o = organisationId, input = Input(managerId) }, consultant);
        Assert.True(again.ErrorCode is "NOT_FOUND" or "FORBIDDEN", again.Raw);

        // The organisation itself keeps its programme.
        var orgAdmin = await world.Issue(organisationId, "ORG_ADMIN", null);
        var own = (await world.Host.Graph("query($o:ID!){ organisation(id:$o){ programmes { id } } }", new { o = organisationId }, orgAdmin)).Ok();
        Assert.Equal([programmeId], own.At("organisation", "programmes").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_deleted_programme_is_gone_and_an_archived_organisation_takes_no_new_one()
    {
        var organisationId = await world.Admin("mutation($c:ID){ createOrganisation(name:\"Archive BV\", consultancyId:$c){ id } }",
            new { c = world.A.ConsultancyId }, "createOrganisation", "id");
        var teamId = await world.Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Team\"){ id } }", new { o = organisationId }, "addTeam", "id");
        var managerId = await world.Admin("mutation($t:ID!){ addManager(teamId:$t, name:\"Lead\"){ id } }", new { t = teamId }, "addManager", "id");
        var programmeId = (await world.Host.Graph(Record, new { o = organisationId, input = Input(managerId) })).Ok().At("recordProgramme", "id").GetString();

        Assert.True((await world.Host.Graph("mutation($p:ID!){ deleteProgramme(programmeId:$p) }", new { p = programmeId }, world.KeyOf("CONSULTANT"))).Ok().At("deleteProgramme").GetBoolean());
        Assert.Equal(0, (await world.Host.Graph("query($o:ID!){ organisation(id:$o){ programmes { id } } }", new { o = organisationId })).Ok().At("organisation", "programmes").GetArrayLength());
        Assert.Equal("NOT_FOUND", (await world.Host.Graph("mutation($p:ID!){ deleteProgramme(programmeId:$p) }", new { p = programmeId })).ErrorCode);

        (await world.Host.Graph("mutation($o:ID!){ archiveOrganisation(organisationId:$o){ archived } }", new { o = organisationId })).Ok();
        Assert.Equal("CONFLICT", (await world.Host.Graph(Record, new { o = organisationId, input = Input(managerId) })).ErrorCode);
    }

    private async Task<string> ClientRows(string key) =>
        (await world.Host.Graph("query($c:ID!){ consultancy(id:$c){ clientComparison { clients { programme { id } } } } }", new { c = world.A.ConsultancyId }, key))
            .Ok().At("consultancy", "clientComparison").GetRawText();

    private static string? Field(GraphResponse response) =>
        response.FirstError.GetProperty("extensions").TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
