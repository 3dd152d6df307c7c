using System.Text.Json;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>Adoption aggregates: for those who manage the structure, never for foreign tenants or individuals.</summary>
[Collection(TenantWorldCollection.Name)]
public sealed class AdoptionAccessTests(TenantWorld world)
{
    [Theory]
    [InlineData("PLATFORM_ADMIN", false, true)]
    [InlineData("CONSULTANT", false, true)]
    [InlineData("ORG_ADMIN", false, true)]
    [InlineData("MANAGER", false, false)]
    [InlineData("EMPLOYEE", false, false)]
    [InlineData("PLATFORM_ADMIN", true, true)]
    [InlineData("CONSULTANT", true, false)]
    [InlineData("ORG_ADMIN", true, false)]
    [InlineData("MANAGER", true, false)]
    [InlineData("EMPLOYEE", true, false)]
    public async Task Organisation_adoption(string role, bool foreign, bool allowed)
    {
        var side = foreign ? world.B : world.A;
        var response = await world.Host.Graph("query($o:ID!){ organisation(id:$o){ adoption { managers adoptionRate trend(days: 3) { date } } } }",
            new { o = side.OrganisationId }, world.KeyOf(role));
        AssertOutcome(response, allowed, "organisation");
    }

    [Theory]
    [InlineData("PLATFORM_ADMIN", false, true)]
    [InlineData("CONSULTANT", false, true)]
    [InlineData("ORG_ADMIN", false, false)]
    [InlineData("CONSULTANT", true, false)]
    public async Task Consultancy_adoption(string role, bool foreign, bool allowed)
    {
        var side = foreign ? world.B : world.A;
        var response = await world.Host.Graph("query($c:ID!){ consultancy(id:$c){ adoption { managers } } }",
            new { c = side.ConsultancyId }, world.KeyOf(role));
        AssertOutcome(response, allowed, "consultancy");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(401)]
    public async Task Window_out_of_range_is_bad_user_input(int windowDays)
    {
        var response = await world.Host.Graph("query($o:ID!,$w:Int){ organisation(id:$o){ adoption(windowDays:$w) { managers } } }",
            new { o = world.A.OrganisationId, w = windowDays });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("windowDays", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    private static void AssertOutcome(GraphResponse response, bool allowed, string field)
    {
        if (allowed)
        {
            // Other tests add clients (and managers) to consultancy A, so only "at least its own manager" is stable.
            Assert.True(response.Ok().At(field, "adoption", "managers").GetInt64() >= 1, response.Raw);
            return;
        }
        Assert.True(response.ErrorCode is "FORBIDDEN" or "NOT_FOUND", response.Raw);
        var data = response.Data.GetProperty(field);
        Assert.True(data.ValueKind == JsonValueKind.Null || data.GetProperty("adoption").ValueKind == JsonValueKind.Null, response.Raw);
    }
}

/// <summary>Team and manager adoption: the team's own manager may read them, employees may not.</summary>
[Collection(TenantWorldCollection.Name)]
public sealed class TeamAndManagerAdoptionAccessTests(TenantWorld world)
{
    [Theory]
    [InlineData("MANAGER", "team", true)]
    [InlineData("EMPLOYEE", "team", false)]
    [InlineData("ORG_ADMIN", "team", true)]
    [InlineData("MANAGER", "manager", true)]
    [InlineData("EMPLOYEE", "manager", false)]
    [InlineData("CONSULTANT", "manager", true)]
    public async Task Own_side(string role, string field, bool allowed)
    {
        var id = field == "team" ? world.A.TeamId : world.A.ManagerId;
        var response = await world.Host.Graph($"query($id:ID!){{ {field}(id:$id){{ adoption {{ managers }} }} }}", new { id }, world.KeyOf(role));
        if (allowed) response.Ok();
        else Assert.True(response.ErrorCode is "FORBIDDEN" or "NOT_FOUND", response.Raw);
    }

    [Theory]
    [InlineData("MANAGER")]
    [InlineData("ORG_ADMIN")]
    [InlineData("CONSULTANT")]
    public async Task Foreign_side_is_refused(string role)
    {
        var response = await world.Host.Graph("query($id:ID!){ team(id:$id){ adoption { managers } } }", new { id = world.B.TeamId }, world.KeyOf(role));
        Assert.True(response.ErrorCode is "FORBIDDEN" or "NOT_FOUND", response.Raw);
    }
}
