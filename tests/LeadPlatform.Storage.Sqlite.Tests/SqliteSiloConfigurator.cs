using Orleans.TestingHost;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>Silo set-up for the cluster test; the folder arrives through the test cluster's configuration.</summary>
public sealed class SqliteSiloConfigurator : ISiloConfigurator
{
    public const string DataDirectoryKey = "SqliteTest:DataDirectory";

    public void Configure(ISiloBuilder siloBuilder)
    {
        var directory = siloBuilder.Configuration[DataDirectoryKey]
            ?? throw new InvalidOperationException($"Test cluster property '{DataDirectoryKey}' is not set.");
        siloBuilder.AddSqliteGrainStorageAsDefault(options => options.DataDirectory = directory);
        siloBuilder.UseSqliteReminderService();
        // Orleans refuses periods under a minute by default; the tick test waits for a reminder of a second.
        siloBuilder.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    }
}
