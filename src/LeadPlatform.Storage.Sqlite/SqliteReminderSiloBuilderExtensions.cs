using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>Registers Orleans reminders kept in the embedded SQLite store.</summary>
public static class SqliteReminderSiloBuilderExtensions
{
    /// <summary>
    /// Turns on Orleans reminders with their table in the database of the SQLite grain storage named
    /// <paramref name="storageName"/> (registered with <see cref="SqliteGrainStorageSiloBuilderExtensions.AddSqliteGrainStorage"/>),
    /// so reminders and grain state share one file, one schema and one write gate.
    /// </summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, string storageName = ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageName);
        builder.AddReminders();
        builder.Services.AddSingleton<IReminderTable>(services => new SqliteReminderTable(services.GetRequiredKeyedService<SqliteDatabase>(storageName)));
        return builder;
    }
}
