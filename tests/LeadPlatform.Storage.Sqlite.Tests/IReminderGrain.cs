namespace LeadPlatform.Storage.Sqlite.Tests;

public interface IReminderGrain : IGrainWithStringKey
{
    Task RegisterAsync(string name, TimeSpan period);

    /// <summary>The reminder's period as Orleans reads it back, or null when the grain has no such reminder.</summary>
    Task<TimeSpan?> PeriodOfAsync(string name);
}
