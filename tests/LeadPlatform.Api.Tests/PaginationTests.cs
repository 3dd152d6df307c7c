namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class PaginationTests(HostFixture fixture)
{
    private const string Page = """
        query($t:ID!,$first:Int,$after:String){ team(id:$t){ employeesConnection(first:$first, after:$after){
          totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }
        """;

    [Fact]
    public async Task Pages_walk_the_whole_list_once_in_order()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host);
        for (var i = 1; i <= 6; i++)
            await fixture.Host.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = structure.TeamId, n = $"E{i}" });

        var names = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            var connection = (await fixture.Host.Graph(Page, new { t = structure.TeamId, first = 3, after })).Ok().At("team", "employeesConnection");
            Assert.Equal(7, connection.GetProperty("totalCount").GetInt32());
            names.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.True(pages < 5);
        }
        Assert.Equal(["Jan", "E1", "E2", "E3", "E4", "E5", "E6"], names);
    }

    [Theory]
    [InlineData(-1, null, "first")]
    [InlineData(201, null, "first")]
    [InlineData(10, "not-a-cursor", "after")]
    public async Task Bad_page_arguments_are_bad_user_input(int first, string? after, string field)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host);
        var response = await fixture.Host.Graph(Page, new { t = structure.TeamId, first, after });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal(field, response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }
}
