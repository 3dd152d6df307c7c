using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>An organisation's adoption report costs the same grain calls whatever the organisation's size.</summary>
[Collection(SerialCollection.Name)]
public sealed class AdoptionReadCostTests
{
    private sealed class CallCounter : IOutgoingGrainCallFilter
    {
        public int Calls;

        public Task Invoke(IOutgoingGrainCallContext context)
        {
            Interlocked.Increment(ref Calls);
            return context.Invoke();
        }
    }

    [Fact]
    public async Task Reading_adoption_does_not_fan_out_over_teams_or_employees()
    {
        var counter = new CallCounter();
        var host = new TestHost(configureServices: services => services.AddSingleton<IOutgoingGrainCallFilter>(counter));
        try
        {
            var small = await Scenario.CreateOrganisationWithTeam(host, "Small");
            var large = await Scenario.CreateOrganisationWithTeam(host, "Large");
            for (var t = 0; t < 5; t++)
            {
                var team = (await host.Graph("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = large.OrganisationId, n = $"T{t}" })).Ok().At("addTeam", "id").GetString();
                await host.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"M\"){ id } }", new { t = team });
                for (var e = 0; e < 20; e++) await host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"E\"){ id } }", new { t = team });
            }

            async Task<int> CallsToRead(string organisationId)
            {
                const string query = "query($o:ID!){ organisation(id:$o){ name adoption { managers adoptionRate sessionsCompleted } } }";
                await host.Graph(query, new { o = organisationId }); // warm: activations and caches do not count
                var before = Volatile.Read(ref counter.Calls);
                (await host.Graph(query, new { o = organisationId })).Ok();
                return Volatile.Read(ref counter.Calls) - before;
            }

            var smallCalls = await CallsToRead(small.OrganisationId);
            var largeCalls = await CallsToRead(large.OrganisationId);
            Assert.Equal(smallCalls, largeCalls);
            Assert.True(largeCalls <= 3, $"{largeCalls} grain calls for one adoption read");

            var managers = await EventuallyManagers(host, large.OrganisationId, expected: 6);
            Assert.Equal(6, managers);
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }

    private static async Task<long> EventuallyManagers(TestHost host, string organisationId, long expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var managers = (await host.Graph("query($o:ID!){ organisation(id:$o){ adoption { managers } } }", new { o = organisationId }))
                .Ok().At("organisation", "adoption", "managers").GetInt64();
            if (managers == expected || attempt > 200) return managers;
            await Task.Delay(25);
        }
    }
}
