using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// Orleans takes its own clocks from the default <see cref="TimeProvider"/> unless an area has a keyed one.
/// With a fake default clock for the grains, the runtime's areas stay on real time, so advancing the fake
/// clock moves the business dates only, not membership, timeouts or the reminder service.
/// </summary>
internal static class OrleansClocks
{
    private static readonly string[] Areas =
    [
        TimeProviderNames.Grains, TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory, ReminderTimeProviderNames.Reminders,
    ];

    public static IServiceCollection KeepOrleansOnRealTime(this IServiceCollection services)
    {
        foreach (var area in Areas) services.AddKeyedSingleton(area, TimeProvider.System);
        return services;
    }
}
