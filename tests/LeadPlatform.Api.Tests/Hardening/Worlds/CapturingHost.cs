using LeadPlatform.Api.Tests.Hardening.Fuzzing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Api.Tests.Hardening.Worlds;

/// <summary>A <see cref="TestHost"/> whose log (Warning and above) is captured, shared by the tests of a class.</summary>
public sealed class CapturingHost : IAsyncLifetime
{
    public CapturingHost() => Host = new TestHost(configureServices: services => services.AddSingleton<ILoggerProvider>(Logs));

    public LogCapture Logs { get; } = new();

    public TestHost Host { get; }

    public async Task InitializeAsync() => await Host.Graph("{ me { role } }");

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteData();
    }
}
