using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace LeadPlatform.Api.Tests.Processes;

/// <summary>What an Azurite account's tables hold, for tests that look at the store itself rather than through the API.</summary>
internal static class AzuriteTables
{
    /// <summary>Every entity of every table, with its table's name.</summary>
    public static async IAsyncEnumerable<(string Table, TableEntity Entity)> AllEntities(TableServiceClient tables,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var table in tables.QueryAsync(cancellationToken: cancellationToken))
        {
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: cancellationToken))
                yield return (table.Name, entity);
        }
    }
}
