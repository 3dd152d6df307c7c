namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class PaginationTests(HostFixture fixture)
{
    private const string Page = """
        query($t:ID!,$first:Int,$after:String){ team(id:$t){ employeesConnection(first:$first, after:$after){
          totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }
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
    [InlineData(10, "cDoyMTQ3NDgzNjQ3", "after")] // "p:2147483647": no page starts after it
    [InlineData(10, "czoz", "after")]             // "s:3", an audit log cursor
    public async Task Bad_page_arguments_are_bad_user_input(int first, string? after, string field)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host);
        var response = await fixture.Host.Graph(Page, new { t = structure.TeamId, first, after });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal(field, response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Theory]
    [InlineData(0)] // an employee before the cursor's
    [InlineData(1)] // the cursor's own employee
    public async Task An_employee_erased_between_pages_makes_the_next_page_neither_skip_nor_repeat(int erased)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host); // Jan
        for (var i = 1; i <= 4; i++)
            await fixture.Host.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = structure.TeamId, n = $"E{i}" });
        var first = (await fixture.Host.Graph(Page, new { t = structure.TeamId, first = 2 })).Ok().At("team", "employeesConnection");
        var firstPage = first.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToArray();
        Assert.Equal(["Jan", "E1"], firstPage.Select(n => n.GetProperty("name").GetString()));

        (await fixture.Host.Graph("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = firstPage[erased].GetProperty("id").GetString() })).Ok();
        var next = (await fixture.Host.Graph(Page, new { t = structure.TeamId, first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .Ok().At("team", "employeesConnection");

        Assert.Equal(["E2", "E3"], next.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()));
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_cursor_does_not_give_away_the_id_of_an_item_the_caller_may_not_see()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host); // Jan
        var colleague = (await fixture.Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Colleague\"){ id } }", new { t = structure.TeamId }))
            .Ok().At("addEmployee", "id").GetString()!;
        var janKey = await Scenario.KeyFor(fixture.Host, structure.OrganisationId, "EMPLOYEE", structure.EmployeeId);

        var page = (await fixture.Host.Graph(Page, new { t = structure.TeamId, first = 5 }, janKey)).Ok().At("team", "employeesConnection");

        Assert.Equal(["Jan"], page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()));
        var endCursor = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(page.GetProperty("pageInfo").GetProperty("endCursor").GetString()!));
        Assert.StartsWith("p:1:", endCursor); // the page ended at the colleague
        Assert.DoesNotContain(colleague, endCursor);
        Assert.DoesNotContain(colleague.Split('/')[1], endCursor);
    }

    [Fact]
    public async Task A_cursor_given_out_before_cursors_named_their_item_still_pages_on()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host); // Jan
        await fixture.Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"E1\"){ id } }", new { t = structure.TeamId });
        var next = (await fixture.Host.Graph(Page, new { t = structure.TeamId, first = 5, after = "cDow" /* "p:0" */ })).Ok().At("team", "employeesConnection");
        Assert.Equal(["E1"], next.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Audit_entries_written_between_pages_do_not_move_the_next_page()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host); // audited: the organisation, its team, Mila, Jan
        const string log = "query($o:ID!,$a:String){ auditLog(organisationId:$o, first: 2, after:$a){ pageInfo { hasNextPage endCursor } edges { cursor node { targetId } } } }";
        var first = (await fixture.Host.Graph(log, new { o = structure.OrganisationId })).Ok().At("auditLog");
        Assert.Equal([structure.EmployeeId, structure.ManagerId], Targets(first));

        await fixture.Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Late\"){ id } }", new { t = structure.TeamId });
        var next = (await fixture.Host.Graph(log, new { o = structure.OrganisationId, a = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Ok().At("auditLog");

        Assert.Equal([structure.TeamId, structure.OrganisationId], Targets(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // A cursor given out before entries were numbered ("p:0", the newest then) still pages on from its position.
        var fromOldCursor = (await fixture.Host.Graph(log, new { o = structure.OrganisationId, a = "cDow" })).Ok().At("auditLog");
        Assert.Equal([structure.EmployeeId, structure.ManagerId], Targets(fromOldCursor)); // after "Late", the newest now

        static string[] Targets(System.Text.Json.JsonElement page) =>
            [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("targetId").GetString()!)];
    }
}
