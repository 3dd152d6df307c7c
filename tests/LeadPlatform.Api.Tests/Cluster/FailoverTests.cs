using System.Collections.Concurrent;
using System.Diagnostics;
using LeadPlatform.Api.Tests.Processes;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Cluster;

/// <summary>
/// Two silos as separate processes on Azure Table clustering and storage. Writes go through silo A, which is
/// killed hard mid-traffic; silo B must then serve every write A acknowledged.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class FailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_acknowledged_write_is_lost_when_a_silo_dies()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await using var azurite = await AzuriteServer.StartNewAsync();
        var settings = AzureSettings.For(azurite);
        await using var a = await BuiltHost.StartAsync(timeout.Token, settings);
        await using var b = await BuiltHost.StartAsync(timeout.Token, settings);
        using var viaA = new HostClient(a.BaseAddress, timeout: TimeSpan.FromSeconds(10));
        using var viaB = new HostClient(b.BaseAddress, timeout: TimeSpan.FromSeconds(10));

        var organisationId = (await viaA.Graph("mutation{ createOrganisation(name:\"Failover BV\"){ id } }")).Ok().At("createOrganisation", "id").GetString();
        var teams = new List<string>();
        for (var t = 0; t < 4; t++)
            teams.Add((await viaA.Graph("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = organisationId, n = $"T{t}" })).Ok().At("addTeam", "id").GetString()!);

        var acknowledged = new ConcurrentBag<(string TeamId, string EmployeeId)>();
        var attempts = 0;
        using var stopTraffic = new CancellationTokenSource();
        var writers = teams.Select(teamId => Task.Run(async () =>
        {
            for (var i = 0; !stopTraffic.IsCancellationRequested; i++)
            {
                Interlocked.Increment(ref attempts);
                try
                {
                    var response = await viaA.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = teamId, n = $"E{i}" });
                    if (!response.HasErrors) acknowledged.Add((teamId, response.At("addEmployee", "id").GetString()!));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The silo is gone: this write was not acknowledged.
                }
            }
        })).ToArray();

        while (acknowledged.Count < 40) await Task.Delay(50, timeout.Token);
        a.KillHard();
        var killedAt = Stopwatch.StartNew();
        await Task.Delay(500);
        stopTraffic.Cancel();
        await Task.WhenAll(writers);
        var expected = acknowledged.ToArray();

        // Recovered when B serves every acknowledged write and accepts new ones.
        var recovered = false;
        while (!recovered && killedAt.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                var present = new HashSet<string>();
                foreach (var teamId in teams)
                {
                    var team = await viaB.Graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = teamId });
                    if (team.HasErrors) break;
                    foreach (var employee in team.At("team", "employees").EnumerateArray()) present.Add(employee.GetProperty("id").GetString()!);
                }
                var write = await viaB.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"After\"){ id } }", new { t = teams[0] });
                recovered = !write.HasErrors && expected.All(e => present.Contains(e.EmployeeId));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            if (!recovered) await Task.Delay(250);
        }
        var recovery = killedAt.Elapsed;
        output.WriteLine($"{expected.Length} acknowledged writes of {attempts} attempted; cluster recovered {recovery.TotalSeconds:F1} s after the kill");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "leadplatform-failover.txt"),
            $"acknowledged={expected.Length} attempted={attempts} recovery_seconds={recovery.TotalSeconds:F1}\n");

        Assert.True(recovered, $"silo B did not serve all {expected.Length} acknowledged writes within 2 minutes");
        foreach (var (_, employeeId) in expected)
            Assert.Equal(employeeId, (await viaB.Graph("query($e:ID!){ employee(id:$e){ id } }", new { e = employeeId })).Ok().At("employee", "id").GetString());
    }
}
