using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>Registers reminders through the silo's reminder service, i.e. the SQLite reminder table in the cluster test.</summary>
public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    /// <summary>Ticks received, by "{grain key}/{reminder}": the test cluster's silos run in the test's process.</summary>
    public static ConcurrentDictionary<string, int> Ticks { get; } = new();

    public Task RegisterAsync(string name, TimeSpan period) => this.RegisterOrUpdateReminder(name, period, period);

    public async Task<TimeSpan?> PeriodOfAsync(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is null) return null;
        var entry = await ServiceProvider.GetRequiredService<IReminderTable>().ReadRow(this.GetGrainId(), name);
        return entry?.Period;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.AddOrUpdate($"{this.GetPrimaryKeyString()}/{reminderName}", 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
