using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>Registers reminders through the silo's reminder service, i.e. the SQLite reminder table in the cluster test.</summary>
public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    public Task RegisterAsync(string name, TimeSpan period) => this.RegisterOrUpdateReminder(name, period, period);

    public async Task<TimeSpan?> PeriodOfAsync(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is null) return null;
        var entry = await ServiceProvider.GetRequiredService<IReminderTable>().ReadRow(this.GetGrainId(), name);
        return entry?.Period;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
