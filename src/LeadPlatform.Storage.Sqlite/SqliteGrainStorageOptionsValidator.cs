using Orleans;
using Orleans.Runtime;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>Fails silo start-up on a bad configuration instead of on the first grain activation.</summary>
internal sealed class SqliteGrainStorageOptionsValidator(SqliteGrainStorageOptions options, string name) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        try
        {
            SqliteDatabase.Validate(options);
        }
        catch (ArgumentException ex)
        {
            throw new OrleansConfigurationException($"Invalid configuration for SQLite grain storage '{name}': {ex.Message}", ex);
        }
    }
}
