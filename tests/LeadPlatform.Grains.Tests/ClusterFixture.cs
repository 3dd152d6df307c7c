using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>One in-process Orleans test cluster (in-memory storage) shared by the grain tests.</summary>
public sealed class ClusterFixture : TestClusterFixture<ClusterFixture.SiloConfigurator>
{
    /// <summary>The silo's faults on member-advice calls (inactive until a test arms them).</summary>
    public MemberAdviceFaults MemberAdviceFaults =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services.GetRequiredService<MemberAdviceFaults>();

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .AddIncomingGrainCallFilter<TenantIsolationFilter>()
            .UseInMemoryReminderService()
            .ConfigureServices(services => services
                .AddSingleton(TimeProvider.System)
                .AddSingleton<MemberAdviceFaults>()
                .AddSingleton<IIncomingGrainCallFilter>(provider => provider.GetRequiredService<MemberAdviceFaults>())
                .AddSingleton<IOutgoingGrainCallFilter>(provider => provider.GetRequiredService<MemberAdviceFaults>()));
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
