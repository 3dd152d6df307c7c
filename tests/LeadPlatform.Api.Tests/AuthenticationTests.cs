using System.Net.Http.Json;

namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class AuthenticationTests(HostFixture fixture)
{
    [Fact]
    public async Task No_key_is_401_without_data()
    {
        var response = await fixture.Host.Graph("{ me { role } }", key: null);
        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("lp.key-abc.forged")]
    [InlineData("test-admin-key-0123456789abcdeX")]
    public async Task Wrong_key_is_401(string key)
    {
        var response = await fixture.Host.Graph("{ me { role } }", key: key);
        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task Configured_admin_key_is_a_platform_admin()
    {
        var me = (await fixture.Host.Graph("{ me { tenantId role subjectId } }")).Ok().At("me");
        Assert.Equal("PLATFORM_ADMIN", me.GetProperty("role").GetString());
        Assert.Equal("platform", me.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_400_with_a_graphql_error_body()
    {
        using var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestHost.AdminKey);
        using var response = await client.PostAsync("/graphql", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
