namespace LeadPlatform.Api.Tests;

/// <summary>One shared host for the tests that only need a running platform.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public TestHost Host { get; } = new();

    public async Task InitializeAsync() => await Host.Graph("{ me { role } }");

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteData();
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
