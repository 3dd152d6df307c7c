using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Ide;

/// <summary>GET /graphql/ui, its assets and GET /graphql/schema.graphql on the in-process host, without an API key.</summary>
[Collection(HostCollection.Name)]
public sealed partial class DeveloperEndpointsTests(HostFixture fixture)
{
    private static readonly Uri PageUri = new("http://localhost/graphql/ui");

    [Fact]
    public async Task The_IDE_page_and_every_asset_it_references_load_from_the_host()
    {
        using var client = fixture.Host.CreateClient();
        using var page = await client.GetAsync(PageUri);
        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();

        var references = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.True(references.Count >= 4, $"expected the CSS, React, ReactDOM and GraphiQL references, found: {string.Join(", ", references)}");
        foreach (var reference in references.Where(r => !r.StartsWith("data:", StringComparison.Ordinal)))
        {
            var url = new Uri(PageUri, reference);
            // Offline: nothing may come from a CDN.
            Assert.Equal(PageUri.Authority, url.Authority);
            using var asset = await client.GetAsync(url);
            Assert.True(200 == (int)asset.StatusCode, $"{url} answered {(int)asset.StatusCode}");
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 0, $"{url} is empty");
            var expectedType = url.AbsolutePath.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expectedType, asset.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_schema_as_GraphiQL_loads_it_is_served_without_a_key_while_clients_keep_their_limits()
    {
        using var client = fixture.Host.CreateClient();
        using var answer = await client.GetAsync("/graphql/introspection.json");
        Assert.Equal(200, (int)answer.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("errors", out _));
        var schema = json.RootElement.GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        var types = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("Organisation", types);
        Assert.Contains("ProgrammeInput", types);

        // The same document sent by a client is still held to the depth and complexity limits.
        var document = typeof(LeadPlatform.Api.Ide.SchemaIntrospection).Assembly
            .GetManifestResourceStream("LeadPlatform.Api.Ide.introspection.graphql")!;
        var refused = await fixture.Host.Graph(await new StreamReader(document).ReadToEndAsync());
        Assert.Equal("BAD_USER_INPUT", refused.ErrorCode);
        Assert.Contains("COMPLEXITY", refused.Raw);
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_nests_the_schemas_lists_within_the_introspection_limit()
    {
        var document = typeof(LeadPlatform.Api.Ide.SchemaIntrospection).Assembly
            .GetManifestResourceStream("LeadPlatform.Api.Ide.introspection.graphql")!;
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var result = await GraphQL.DocumentExecuterExtensions.ExecuteAsync(new GraphQL.DocumentExecuter(), options =>
        {
            options.Schema = scope.ServiceProvider.GetRequiredService<GraphQL.Types.ISchema>();
            options.Query = new StreamReader(document).ReadToEnd();
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = LeadPlatform.Api.Http.GatewayUserContext.For(LeadPlatform.Abstractions.Security.SystemPrincipal.Instance, scope.ServiceProvider);
            options.ValidationRules = [LeadPlatform.Api.Http.MaxIntrospectionDepthRule.Instance];
        });
        Assert.Null(result.Errors);
        Assert.NotNull(result.Data);
    }

    [Fact]
    public async Task The_IDE_posts_to_graphql_with_a_prefilled_authorization_header()
    {
        using var client = fixture.Host.CreateClient();
        var script = await client.GetStringAsync("/graphql/ui/ide.js");
        Assert.Contains("'../graphql'", script);
        Assert.Contains("""{"Authorization": "Bearer <paste your key>"}""", script);
    }

    [Theory]
    [InlineData("/graphql/ui/unknown.js")]
    [InlineData("/graphql/ui/..%2Fschema.graphql")]
    [InlineData("/graphql/ui/index.html")]
    public async Task Only_the_known_assets_are_served(string path)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_unchanged_asset_is_revalidated_with_304()
    {
        using var client = fixture.Host.CreateClient();
        using var first = await client.GetAsync("/graphql/ui/graphiql.min.js");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql/ui/graphiql.min.js");
        again.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(again);
        Assert.Equal(304, (int)second.StatusCode);
    }

    [Fact]
    public async Task A_trailing_slash_redirects_to_the_page_so_relative_asset_urls_resolve()
    {
        using var client = fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/graphql/ui/");
        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/graphql/ui", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_schema_endpoint_returns_SDL_without_an_api_key()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/graphql/schema.graphql");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query", sdl);
        Assert.Contains("type Mutation", sdl);
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetReference();
}
