using System.Text.Json;

namespace LeadPlatform.Api.Tests;

/// <summary><c>consultancies</c> and <c>organisations</c>: the platform admin finds every tenant, a page at a time.</summary>
[Collection(HostCollection.Name)]
public sealed class TenantDirectoryApiTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task The_platform_admin_pages_through_every_organisation_with_its_consultancy_or_none()
    {
        var consultancyId = (await Host.Graph("mutation{ createConsultancy(name:\"Directory & Co\"){ id } }")).Ok().At("createConsultancy", "id").GetString()!;
        var clientId = (await Host.Graph("mutation($c:ID){ createOrganisation(name:\"Directory client\", consultancyId:$c){ id } }", new { c = consultancyId }))
            .Ok().At("createOrganisation", "id").GetString()!;
        var directId = (await Host.Graph("mutation{ createOrganisation(name:\"Directory direct\"){ id } }")).Ok().At("createOrganisation", "id").GetString()!;

        var organisations = await AllPages("organisations", "id name consultancy { id }");

        Assert.Equal(organisations.Count, organisations.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        var client = Assert.Single(organisations, o => o.GetProperty("id").GetString() == clientId);
        Assert.Equal(consultancyId, client.GetProperty("consultancy").GetProperty("id").GetString());
        var direct = Assert.Single(organisations, o => o.GetProperty("id").GetString() == directId);
        Assert.Equal(JsonValueKind.Null, direct.GetProperty("consultancy").ValueKind);
        // In the order made: the client before the direct customer.
        Assert.True(organisations.FindIndex(o => o.GetProperty("id").GetString() == clientId) < organisations.FindIndex(o => o.GetProperty("id").GetString() == directId));

        var consultancies = await AllPages("consultancies", "id name");
        Assert.Equal("Directory & Co", Assert.Single(consultancies, c => c.GetProperty("id").GetString() == consultancyId).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("organisations")]
    [InlineData("consultancies")]
    public async Task A_page_size_over_the_limit_or_a_foreign_cursor_is_bad_user_input(string field)
    {
        var tooLarge = await Host.Graph($"{{ {field}(first: 201){{ totalCount }} }}");
        Assert.Equal(("BAD_USER_INPUT", "first"), (tooLarge.ErrorCode, tooLarge.FirstError.GetProperty("extensions").GetProperty("field").GetString()));
        var badCursor = await Host.Graph($"{{ {field}(after: \"not-a-cursor\"){{ totalCount }} }}");
        Assert.Equal(("BAD_USER_INPUT", "after"), (badCursor.ErrorCode, badCursor.FirstError.GetProperty("extensions").GetProperty("field").GetString()));
    }

    /// <summary>Every node of a platform-wide list, following endCursor until hasNextPage is false.</summary>
    private async Task<List<JsonElement>> AllPages(string field, string selection)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            var page = (await Host.Graph($"query($a:String){{ {field}(first: 7, after:$a){{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {selection} }} }} }} }}",
                new { a = after })).Ok().At(field);
            nodes.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").Clone()));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                Assert.Equal(page.GetProperty("totalCount").GetInt32(), nodes.Count);
                return nodes;
            }
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }
}
