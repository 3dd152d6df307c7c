using Azure.Data.Tables;
using LeadPlatform.Api.Tests.Cluster;
using LeadPlatform.Api.Tests.Processes;

namespace LeadPlatform.Api.Tests.Privacy;

/// <summary>
/// GDPR erasure on Azure Table storage (Azurite), through the host process: afterwards no entity of any table, and no
/// file of Azurite's data folder, holds the employee's name or any of their texts.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AzureErasureTests
{
    private static readonly TimeSpan Persisted = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task After_erasure_no_table_entity_and_no_azurite_file_holds_a_trace_of_the_employee()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await using var azurite = await AzuriteServer.StartNewAsync();
        await using var host = await BuiltHost.StartAsync(timeout.Token, AzureSettings.For(azurite, "AzureTable"));
        var clients = new Dictionary<string, HostClient>();
        try
        {
            Task<GraphResponse> Graph(string query, object? variables, string key)
            {
                if (!clients.TryGetValue(key, out var client)) clients[key] = client = new HostClient(host.BaseAddress, key);
                return client.Graph(query, variables);
            }

            var history = await PersonalHistory.Build(Graph, BuiltHost.AdminKey);
            var tables = new TableServiceClient(azurite.ConnectionString);

            // The scans work: before the erasure the tables, and (once Azurite has saved them) its files, hold every text.
            Assert.Equal(history.PersonalTexts.Order(), (await FindInTables(tables, history.PersonalTexts)).Order());
            Assert.NotEmpty(await Eventually(() => RawStoreScan.FindInFolder(azurite.DataFolder, [history.Name]), found => found.Length > 0));
            // The rows of the employee, their session and their key (entity ids appear in the row keys).
            var gone = new[] { history.EmployeeId, history.SessionId }.Select(id => id.Split('/')[1]).Append(history.EmployeeKey.Split('.')[1]).ToArray();
            var keysBefore = await EntityKeys(tables);
            Assert.All(gone, id => Assert.Contains(keysBefore, key => key.Contains(id)));

            (await Graph("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = history.EmployeeId }, history.OrgAdminKey)).Ok();
            Assert.Equal("NOT_FOUND", (await Graph("query($e:ID!){ employee(id:$e){ id } }", new { e = history.EmployeeId }, BuiltHost.AdminKey)).ErrorCode);

            Assert.Empty(await FindInTables(tables, history.PersonalTexts));
            // A cleared state deletes its row (DeleteStateOnClear): no row is left for the employee, their session or their key.
            Assert.DoesNotContain(await EntityKeys(tables), key => gone.Any(key.Contains));
            // Azurite keeps its tables in memory and saves them to its folder every few seconds.
            Assert.Empty(await Eventually(() => RawStoreScan.FindInFolder(azurite.DataFolder, history.PersonalTexts), found => found.Length == 0));
        }
        finally
        {
            foreach (var client in clients.Values) client.Dispose();
        }
    }

    /// <summary>The texts found in any property (keys included) of any entity of any table.</summary>
    private static async Task<string[]> FindInTables(TableServiceClient tables, IReadOnlyCollection<string> texts)
    {
        var found = new HashSet<string>();
        await foreach (var (_, entity) in AzuriteTables.AllEntities(tables))
        {
            foreach (var value in ((IDictionary<string, object>)entity).Values)
            {
                var bytes = value switch
                {
                    string text => System.Text.Encoding.UTF8.GetBytes(text),
                    byte[] binary => binary,
                    BinaryData binary => binary.ToArray(),
                    _ => [],
                };
                found.UnionWith(RawStoreScan.Find(bytes, texts));
            }
        }
        return [.. found];
    }

    /// <summary>Partition and row key of every entity of every table.</summary>
    private static async Task<string[]> EntityKeys(TableServiceClient tables)
    {
        var keys = new List<string>();
        await foreach (var (table, entity) in AzuriteTables.AllEntities(tables))
            keys.Add($"{table}: {entity.PartitionKey} {entity.RowKey}");
        return [.. keys];
    }

    private static async Task<T> Eventually<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Persisted;
        while (true)
        {
            var value = read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(250);
        }
    }
}
