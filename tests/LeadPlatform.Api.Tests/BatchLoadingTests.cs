using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>Resolving a team's employees with their recommendations reads the employee grains concurrently.</summary>
[Collection(SerialCollection.Name)]
public sealed class BatchLoadingTests
{
    /// <summary>Counts how many employee-grain calls are in flight at the same time.</summary>
    private sealed class ConcurrencyProbe : IOutgoingGrainCallFilter
    {
        private int inFlight;

        public int MaxInFlight;

        public async Task Invoke(IOutgoingGrainCallContext context)
        {
            if (context.Grain is not IEmployeeGrain)
            {
                await context.Invoke();
                return;
            }
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref MaxInFlight, now);
            try
            {
                await context.Invoke();
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }

    [Fact]
    public async Task Fifty_employees_with_recommendations_are_not_loaded_one_after_another()
    {
        var probe = new ConcurrencyProbe();
        var host = new TestHost(configureServices: services => services.AddSingleton<IOutgoingGrainCallFilter>(probe));
        try
        {
            var structure = await Scenario.CreateOrganisationWithTeam(host);
            for (var i = 0; i < 49; i++)
                await host.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = structure.TeamId, n = $"E{i}" });

            probe.MaxInFlight = 0;
            var team = (await host.Graph("query($t:ID!){ team(id:$t){ employees { name currentRecommendation(task:\"x\"){ style } } } }",
                new { t = structure.TeamId })).Ok().At("team", "employees");

            Assert.Equal(50, team.GetArrayLength());
            Assert.True(probe.MaxInFlight >= 10, $"at most {probe.MaxInFlight} employee calls were in flight together");
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }
}
