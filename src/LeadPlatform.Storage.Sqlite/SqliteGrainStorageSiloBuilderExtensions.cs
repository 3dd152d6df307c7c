using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>Registers the embedded SQLite grain storage on a silo.</summary>
public static class SqliteGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// Registers SQLite grain storage as the default provider (<see cref="ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME"/>).
    /// </summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure)
        => builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>
    /// Registers SQLite grain storage under <paramref name="name"/>, plus a <see cref="SqliteStoreProbe"/>
    /// (keyed by <paramref name="name"/>; the unkeyed probe targets the default provider, else the first one registered).
    /// The state serialiser is the <see cref="IGrainStorageSerializer"/> keyed by <paramref name="name"/>, else the silo's default.
    /// </summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        var services = builder.Services;
        services.AddOptions<SqliteGrainStorageOptions>(name).Configure(configure);

        // Storage and probe for one name share a database object: one lazy init, one write gate.
        services.AddKeyedSingleton<SqliteDatabase>(name, (sp, _) => new SqliteDatabase(
            GetOptions(sp, name),
            sp.GetService<ILoggerFactory>()?.CreateLogger<SqliteGrainStorage>()));

        services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new SqliteGrainStorage(
            sp.GetRequiredKeyedService<SqliteDatabase>(name),
            sp.GetKeyedService<IGrainStorageSerializer>(name) ?? sp.GetRequiredService<IGrainStorageSerializer>()));

        var isDefault = name == ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME;
        if (isDefault)
        {
            // [PersistentState] without a storage name resolves the unkeyed IGrainStorage; forward it to
            // whichever provider is keyed "Default" (same as Orleans' own providers, so the order of calls does not matter).
            services.TryAddSingleton<IGrainStorage>(sp => sp.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        }

        services.AddKeyedSingleton<SqliteStoreProbe>(name, (sp, _) => new SqliteStoreProbe(
            sp.GetRequiredKeyedService<SqliteDatabase>(name),
            sp.GetService<ILoggerFactory>()?.CreateLogger<SqliteStoreProbe>()));

        // The last unkeyed registration wins on resolve, so the default provider takes precedence.
        var hasUnkeyedProbe = services.Any(d => d.ServiceType == typeof(SqliteStoreProbe) && !d.IsKeyedService);
        if (!hasUnkeyedProbe || isDefault)
        {
            services.AddSingleton(sp => sp.GetRequiredKeyedService<SqliteStoreProbe>(name));
        }

        services.AddSingleton<IConfigurationValidator>(sp => new SqliteGrainStorageOptionsValidator(GetOptions(sp, name), name));
        return builder;
    }

    private static SqliteGrainStorageOptions GetOptions(IServiceProvider services, string name)
        => services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name);
}
