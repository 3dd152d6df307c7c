using System.Text.Json;

namespace LeadPlatform.Api.Tests.Robustness;

[Collection(HostCollection.Name)]
public sealed class LimitsTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Too_deep_a_query_is_refused_before_it_runs()
    {
        var deep = "{ me { role } team(id:\"org-a/team-b\") { " + string.Concat(Enumerable.Repeat("organisation { teams { ", 6)) + "id" +
                   string.Concat(Enumerable.Repeat(" } }", 6)) + " } }";
        var response = await Host.Graph(deep);
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Contains("depth", response.Raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_alias_bomb_exceeds_the_complexity_budget()
    {
        // One alias per line: a single line this long is refused before parsing (see the line-length test below).
        var aliases = string.Join("\n", Enumerable.Range(0, 500).Select(i => $"a{i}: organisation(id:\"org-x\") {{ teams {{ employees {{ assessments {{ task }} }} }} }}"));
        var response = await Host.Graph("{ " + aliases + " }");
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Contains("complexity", response.Raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var (status, body) = await Host.PostRaw(JsonSerializer.Serialize(new { query = "{ me { role } }", variables = new { x = new string('x', 1_100_000) } }));
        Assert.Equal(413, status);
        Assert.Contains("BAD_USER_INPUT", body);
    }

    [Fact]
    public async Task An_oversized_body_of_undeclared_length_is_413_too()
    {
        // No Content-Length (streamed JSON): read in chunks up to the limit, never past it.
        using var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestHost.AdminKey);
        using var content = System.Net.Http.Json.JsonContent.Create(new { query = "{ me { role } }", variables = new { x = new string('x', 1_100_000) } });
        Assert.Null(content.Headers.ContentLength);
        using var response = await client.PostAsync("/graphql", content);
        Assert.Equal(413, (int)response.StatusCode);
        Assert.Contains("BAD_USER_INPUT", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_document_line_longer_than_the_limit_is_refused_before_parsing()
    {
        // A syntax error at the end of a very long line is what made the parser spin; it must be answered at once.
        var (status, body) = await Host.PostRaw(JsonSerializer.Serialize(new { query = "{ me { role } } #" + new string('x', 200_000) + " {" }));
        Assert.Equal(400, status);
        Assert.Contains("BAD_USER_INPUT", body);
        Assert.Contains("at most 20000", body);
    }

    [Fact]
    public async Task Long_documents_in_short_lines_and_long_values_in_variables_are_fine()
    {
        // 40,000 characters in 200 lines: the limit is per line, not per document.
        var comments = string.Concat(Enumerable.Repeat("\n# " + new string('x', 200), 200));
        var manyLines = await Host.Graph("{ me { role } }" + comments);
        Assert.Null(manyLines.ErrorCode);
        var longValue = await Host.Graph("query($t:String!){ analyseQuestion(text:$t){ kind } }", new { t = new string('w', 30_000) });
        Assert.DoesNotContain("characters; at most", longValue.Raw);
    }

    [Fact]
    public async Task Batched_requests_are_refused_with_400()
    {
        var (status, body) = await Host.PostRaw("[{\"query\":\"{ me { role } }\"},{\"query\":\"{ me { role } }\"}]");
        Assert.Equal(400, status);
        Assert.Contains("Batched", body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ me { role } }\", \"variables\": \"not an object\"}")]
    [InlineData("null")]
    public async Task Bodies_without_a_usable_query_are_400(string body)
    {
        var (status, text) = await Host.PostRaw(body);
        Assert.Equal(400, status);
        Assert.Contains("\"errors\"", text);
    }

    [Fact]
    public async Task Introspection_is_on_in_development()
    {
        var response = await Host.Graph("{ __schema { queryType { name } } }");
        Assert.Equal("Query", response.Ok().At("__schema", "queryType", "name").GetString());
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")]
    [InlineData("{ __schema { queryType { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }")]
    [InlineData("{ __type(name: \"Query\") { fields { args { type { inputFields { name } } } } } }")]
    [InlineData("{ __schema { types { ...F } } } fragment F on __Type { fields { type { ...G } } } fragment G on __Type { interfaces { possibleTypes { name } } }")]
    [InlineData("{ ... on Query { __schema { types { inputFields { type { inputFields { type { inputFields { name } } } } } } } } }")]
    public async Task Introspection_nesting_the_schemas_lists_three_deep_is_refused(string nested)
    {
        // Within the depth and complexity limits such a query answered millions of nodes: the complexity analyser
        // guesses 3 items per list where a type has dozens of fields.
        var response = await Host.Graph(nested);
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Contains("Introspection may nest", response.Raw);
    }

    [Fact]
    public async Task Introspection_two_lists_deep_is_answered()
    {
        // Two lists deep (fields, then their args) is what the standard introspection query needs.
        var response = await Host.Graph("{ __schema { types { name fields { name args { name } type { name kind ofType { name kind } } } } } }");
        Assert.True(response.Ok().At("__schema", "types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task Internal_details_never_leak_into_errors()
    {
        var response = await Host.Graph("query($id:ID!){ employee(id:$id){ id } }", new { id = "org-x/emp-" + new string('z', 500) });
        Assert.DoesNotContain("   at ", response.Raw);
        Assert.DoesNotContain("Exception", response.Raw);
    }
}

/// <summary>Production defaults: introspection off unless a setting turns it on.</summary>
[Collection(SerialCollection.Name)]
public sealed class ProductionIntrospectionTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    public async Task Introspection_follows_the_setting_in_production(string? setting, bool expected)
    {
        var host = new TestHost(extra: new Dictionary<string, string?> { ["LeadPlatform:Gateway:Introspection"] = setting }, environment: "Production");
        try
        {
            var response = await host.Graph("{ __schema { queryType { name } } }");
            Assert.Equal(expected, !response.HasErrors);
            Assert.Equal("PLATFORM_ADMIN", (await host.Graph("{ me { role } }")).Ok().At("me", "role").GetString());
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }
}
