using LeadPlatform.Abstractions.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>An in-process Orleans test cluster of one silo configured by <typeparamref name="TSilo"/>.</summary>
public abstract class TestClusterFixture<TSilo> : IAsyncLifetime where TSilo : ISiloConfigurator, new()
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<TSilo>()
        .Build();

    /// <summary>
    /// The cluster's grain factory, acting as the platform admin from here on in the calling test: calls from
    /// outside the cluster must carry a principal. Call it from the test method itself (a sync call sets the
    /// AsyncLocal in the caller's context; inside an async helper it would be lost on return).
    /// </summary>
    public IGrainFactory Grains
    {
        get
        {
            PrincipalContext.Set(SystemPrincipal.Instance);
            return Cluster.GrainFactory;
        }
    }

    /// <summary>The silo's default grain storage, to read or write a grain's stored state as the store holds it.</summary>
    public IGrainStorage Storage =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
