namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class HealthTests(HostFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
