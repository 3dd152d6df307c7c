using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Robustness;

/// <summary>
/// A repeated query reuses its parsed, validated document; every limit that depends on the request (variables,
/// complexity from <c>first</c>) still holds for it, and a document that failed validation is never kept.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DocumentCacheTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    private ValidatedDocumentCache Cache => Host.Services.GetRequiredService<ValidatedDocumentCache>();

    [Fact]
    public async Task A_valid_query_is_kept_and_answers_the_same_the_second_time()
    {
        const string query = "query DocumentCacheMe { me { role } }";
        var first = (await Host.Graph(query)).Ok().At("me", "role").GetString();
        Assert.NotNull(Cache.Find(query, null));
        var second = (await Host.Graph(query)).Ok().At("me", "role").GetString();
        Assert.Equal("PLATFORM_ADMIN", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Variables_of_a_cached_query_are_still_checked()
    {
        const string query = "query DocumentCacheVariables($c: Competence!) { recommendStyle(competence: $c, commitment: HIGH) { style } }";
        Assert.Equal("DIRECTING", (await Host.Graph(query, new { c = "LOW" })).Ok().At("recommendStyle", "style").GetString());
        Assert.NotNull(Cache.Find(query, null));

        var wrong = await Host.Graph(query, new { c = "VERY_LOW" });
        Assert.Equal("BAD_USER_INPUT", wrong.ErrorCode);
        var missing = await Host.Graph(query, new { });
        Assert.Equal("BAD_USER_INPUT", missing.ErrorCode);
    }

    [Fact]
    public async Task Complexity_from_a_variable_is_checked_for_a_cached_query()
    {
        const string query = "query DocumentCacheComplexity($t: ID!, $n: Int) { team(id: $t) { employeesConnection(first: $n) "
                             + "{ edges { node { assessments { task } coachingSessions { id goal } } } } } }";
        var small = await Host.Graph(query, new { t = "org-none/team-none", n = 1 });
        Assert.Equal("NOT_FOUND", small.ErrorCode); // passed validation, ran, found nothing
        Assert.NotNull(Cache.Find(query, null));

        var huge = await Host.Graph(query, new { t = "org-none/team-none", n = 1_000_000 });
        Assert.Equal("BAD_USER_INPUT", huge.ErrorCode);
        Assert.Contains("complexity", huge.Raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Depth_behind_an_include_variable_is_checked_for_a_cached_query()
    {
        // Shallow while @include is false: valid, run and kept; the same text with it true is too deep and must be refused.
        var deep = "query DocumentCacheInclude($deep: Boolean!) { me { role } team(id: \"org-a/team-b\") @include(if: $deep) { "
                   + string.Concat(Enumerable.Repeat("organisation { teams { ", 6)) + "id" + string.Concat(Enumerable.Repeat(" } }", 6)) + " } }";
        Assert.Equal("PLATFORM_ADMIN", (await Host.Graph(deep, new { deep = false })).Ok().At("me", "role").GetString());
        Assert.True(Cache.Find(deep, null)!.ComplexityDependsOnVariables);

        var refused = await Host.Graph(deep, new { deep = true });
        Assert.Equal("BAD_USER_INPUT", refused.ErrorCode);
        Assert.Contains("depth", refused.Raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_whose_variables_cannot_change_its_complexity_is_not_analysed_again_yet_still_checks_its_variables()
    {
        const string query = "query DocumentCacheFixedComplexity($id: ID!) { employee(id: $id) { id name } }";
        Assert.Equal("NOT_FOUND", (await Host.Graph(query, new { id = "org-none/emp-none" })).ErrorCode);
        Assert.False(Cache.Find(query, null)!.ComplexityDependsOnVariables);
        Assert.Equal("BAD_USER_INPUT", (await Host.Graph(query, new { })).ErrorCode);
    }

    [Fact]
    public async Task A_query_that_fails_validation_is_not_kept_and_fails_again()
    {
        var mutations = "mutation DocumentCacheBomb { " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: createOrganisation(name:\"x{i}\") {{ id }}")) + " }";
        Assert.Equal("BAD_USER_INPUT", (await Host.Graph(mutations)).ErrorCode);
        Assert.Null(Cache.Find(mutations, null));
        Assert.Equal("BAD_USER_INPUT", (await Host.Graph(mutations)).ErrorCode);
    }

    [Fact]
    public async Task The_operation_name_is_part_of_the_key()
    {
        const string query = "query DocumentCacheA { me { role } } query DocumentCacheB { me { tenantId } }";
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, operationName = "DocumentCacheA" });
        var (status, text) = await Host.PostRaw(body);
        Assert.Equal(200, status);
        Assert.Contains("PLATFORM_ADMIN", text);
        Assert.NotNull(Cache.Find(query, "DocumentCacheA"));
        Assert.Null(Cache.Find(query, "DocumentCacheB"));
        Assert.Contains("PLATFORM_ADMIN", (await Host.PostRaw(body)).Body);
    }

    [Fact]
    public void A_query_longer_than_a_sixteenth_of_the_budget_is_not_kept()
    {
        using var cache = new ValidatedDocumentCache(1_600);
        var document = GraphQLParser.Parser.Parse("{ me { role } }");
        cache.Add(new string(' ', 101) + "{ me { role } }", null, document);
        cache.Add("{ me { role } }", null, document);
        Assert.Null(cache.Find(new string(' ', 101) + "{ me { role } }", null));
        Assert.Same(document, cache.Find("{ me { role } }", null)?.Document);
    }
}
