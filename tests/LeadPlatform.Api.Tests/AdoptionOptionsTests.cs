using LeadPlatform.Grains.Adoption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Tests;

/// <summary><c>LeadPlatform:Adoption:*</c>: a burst of 5 sends, then one a second, unless configured; a value out of range stops the host at start.</summary>
[Collection(HostCollection.Name)]
public sealed class AdoptionOptionsTests(HostFixture fixture)
{
    [Fact]
    public void The_running_silo_sends_a_burst_of_five_then_one_a_second()
    {
        var options = fixture.Host.Services.GetRequiredService<IOptions<AdoptionOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(1), 5), (options.ForwardInterval, options.ForwardBurst));
    }

    [Fact]
    public async Task A_configured_interval_is_used()
    {
        await using var host = new TestHost(extra: new Dictionary<string, string?>
        {
            [$"{AdoptionOptions.Section}:ForwardInterval"] = "00:00:02",
            [$"{AdoptionOptions.Section}:ForwardBurst"] = "20",
        });
        await host.Graph("{ me { role } }");
        var options = host.Services.GetRequiredService<IOptions<AdoptionOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(2), 20), (options.ForwardInterval, options.ForwardBurst));
        host.DeleteData();
    }

    [Theory]
    [InlineData("ForwardInterval", "-00:00:01")]
    [InlineData("ForwardInterval", "00:00:11")]
    [InlineData("ForwardBurst", "0")]
    public async Task A_value_out_of_range_is_refused_at_start_naming_the_setting(string setting, string value)
    {
        await using var host = new TestHost(extra: new Dictionary<string, string?> { [$"{AdoptionOptions.Section}:{setting}"] = value });
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => host.Graph("{ me { role } }"));
        Assert.Contains($"{AdoptionOptions.Section}:{setting}", ExceptionChain.Messages(refused));
        host.DeleteData();
    }
}
