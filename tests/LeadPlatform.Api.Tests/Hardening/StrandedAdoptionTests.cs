using System.Diagnostics;
using LeadPlatform.Api.Tests.Hardening.Faults;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace LeadPlatform.Api.Tests.Hardening;

/// <summary>
/// A count saved in an adoption grain's outbox whose activation ends before it is sent up (a killed silo, or, as here,
/// a failed send followed by deactivation) must not wait forever for traffic to that grain: the team's next activation
/// wakes the adoption grains above it. The failover fault test found one such manager count missing.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class StrandedAdoptionTests
{
    [Fact]
    public async Task A_manager_count_stranded_in_its_adoption_grain_goes_up_when_the_team_is_next_read()
    {
        var faults = new StorageFaults();
        await using var host = new TestHost(configureServices: faults.Install);
        try
        {
            var organisationId = (await host.Graph("mutation{ createOrganisation(name:\"Stranded\"){ id } }")).Ok().At("createOrganisation", "id").GetString()!;
            var teamId = (await host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Ops\"){ id } }", new { o = organisationId }))
                .Ok().At("addTeam", "id").GetString()!;

            // The team's adoption grain refuses writes: the manager's adoption grain saves the count but cannot send it up.
            faults.RefuseWritesOf = grain => grain.ToString() == $"adoptionrollup/{teamId}";
            (await host.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"Mia\"){ id } }", new { t = teamId })).Ok();
            await Task.Delay(TimeSpan.FromSeconds(1));
            // Its activation ends before its retry (5 s): the count now sits only in its stored outbox.
            await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
            faults.RefuseWritesOf = null;
            await Task.Delay(TimeSpan.FromSeconds(7));
            Assert.Equal(0, await Managers(host, organisationId)); // stranded: nothing else calls that grain

            (await host.Graph("query($t:ID!){ team(id:$t){ name } }", new { t = teamId })).Ok();

            var clock = Stopwatch.StartNew();
            while (await Managers(host, organisationId) == 0 && clock.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(200);
            Assert.Equal(1, await Managers(host, organisationId));
        }
        finally
        {
            host.DeleteData();
        }
    }

    private static async Task<long> Managers(TestHost host, string organisationId) =>
        (await host.Graph("query($o:ID!){ organisation(id:$o){ adoption { managers } } }", new { o = organisationId })).Ok()
            .At("organisation", "adoption", "managers").GetInt64();
}
