using System.Diagnostics;
using LeadPlatform.Api.Tests.Processes;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Cluster;

/// <summary>With the store gone the API says UNAVAILABLE quickly and readiness drops; both recover by themselves.</summary>
[Collection(SerialCollection.Name)]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Azure_storage_outage_is_unavailable_not_a_hang_and_recovers()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var azurite = await AzuriteServer.StartNewAsync();
        await using var host = await BuiltHost.StartAsync(timeout.Token, AzureSettings.For(azurite, clustering: "Localhost"));
        using var client = new HostClient(host.BaseAddress);
        var organisationId = (await client.Graph("mutation{ createOrganisation(name:\"Before\"){ id } }")).Ok().At("createOrganisation", "id").GetString();

        await azurite.StopAsync();
        var clock = Stopwatch.StartNew();
        var during = await client.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"During\"){ id } }", new { o = organisationId });
        var answeredIn = clock.Elapsed;
        output.WriteLine($"write during the outage answered in {answeredIn.TotalMilliseconds:F0} ms: {during.Raw}");
        Assert.Equal(200, during.Status);
        Assert.Equal("UNAVAILABLE", during.ErrorCode);
        Assert.True(answeredIn < TimeSpan.FromSeconds(20), $"the API hung for {answeredIn}");
        Assert.Equal(503, await Poll(() => client.Status("health/ready"), status => status == 503));

        await azurite.StartAsync();
        clock.Restart();
        Assert.Equal(200, await Poll(() => client.Status("health/ready"), status => status == 200));
        output.WriteLine($"ready again {clock.Elapsed.TotalMilliseconds:F0} ms after storage returned");
        (await client.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"After\"){ id } }", new { o = organisationId })).Ok();
        var teams = (await client.Graph("query($o:ID!){ organisation(id:$o){ name teams { name } } }", new { o = organisationId })).Ok().At("organisation");
        Assert.Equal("Before", teams.GetProperty("name").GetString());
        Assert.Contains("After", teams.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    private static async Task<T> Poll<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(250);
        }
    }
}
