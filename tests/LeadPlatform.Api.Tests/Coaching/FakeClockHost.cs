using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;

namespace LeadPlatform.Api.Tests.Coaching;

/// <summary>
/// The real host with a fake clock for the platform's own rules (due dates, nudges), injected by replacing
/// the TimeProvider singleton. Orleans' runtime areas are pinned to real time, so moving the fake clock
/// moves business dates only, not membership, timeouts or the reminder service. Tests never sleep.
/// </summary>
public sealed class FakeClockHost : IAsyncLifetime
{
    private static readonly string[] OrleansAreas =
    [
        TimeProviderNames.Grains, TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory, ReminderTimeProviderNames.Reminders,
    ];

    /// <summary>Monday 2 March 2026, 09:00 UTC at the start; tests only move it forward.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public TestHost Host { get; }

    public FakeClockHost() => Host = new TestHost(configureServices: services =>
    {
        services.AddSingleton<TimeProvider>(Clock);
        foreach (var area in OrleansAreas) services.AddKeyedSingleton(area, TimeProvider.System);
    });

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync() => await Host.Graph("{ me { role } }");

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteData();
    }
}

[CollectionDefinition(Name)]
public sealed class FakeClockHostCollection : ICollectionFixture<FakeClockHost>
{
    public const string Name = "fake-clock-host";
}
