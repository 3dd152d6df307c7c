using Azure.Data.Tables;
using LeadPlatform.Api.Tests.Processes;
using LeadPlatform.Grains;

namespace LeadPlatform.Api.Tests.Cluster;

/// <summary>Persistence on Azure Table and Blob storage (Azurite), through the real host process.</summary>
[Collection(SerialCollection.Name)]
public sealed class AzureStorageTests
{
    [Theory]
    [InlineData("AzureTable")]
    [InlineData("AzureBlob")]
    public async Task Data_written_through_the_api_survives_a_restart(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var azurite = await AzuriteServer.StartNewAsync();
        var settings = AzureSettings.For(azurite, provider);

        string organisationId, employeeId;
        await using (var first = await BuiltHost.StartAsync(timeout.Token, settings))
        {
            using var client = new HostClient(first.BaseAddress);
            organisationId = (await client.Graph("mutation{ createOrganisation(name:\"Azure BV\"){ id } }")).Ok().At("createOrganisation", "id").GetString()!;
            var teamId = (await client.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Ops\"){ id } }", new { o = organisationId })).Ok().At("addTeam", "id").GetString();
            employeeId = (await client.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Zoë\"){ id } }", new { t = teamId })).Ok().At("addEmployee", "id").GetString()!;
            (await client.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Support\", competence: SOME, commitment: VARIABLE){ task } }", new { e = employeeId })).Ok();
            await first.StopGracefullyAsync();
        }

        await using var second = await BuiltHost.StartAsync(timeout.Token, settings);
        using var again = new HostClient(second.BaseAddress);
        var employee = (await again.Graph("query($e:ID!){ employee(id:$e){ name team { organisation { name } } assessments { task competence } } }",
            new { e = employeeId })).Ok().At("employee");
        Assert.Equal("Zoë", employee.GetProperty("name").GetString());
        Assert.Equal("Azure BV", employee.GetProperty("team").GetProperty("organisation").GetProperty("name").GetString());
        Assert.Equal("SOME", employee.GetProperty("assessments")[0].GetProperty("competence").GetString());
    }

    [Theory]
    [InlineData("AzureTable")]
    [InlineData("AzureBlob")]
    public async Task On_one_machine_a_managers_follow_up_reminder_is_kept_in_azure_table_storage(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var azurite = await AzuriteServer.StartNewAsync();
        string managerId;
        await using (var host = await BuiltHost.StartAsync(timeout.Token, AzureSettings.For(azurite, provider, clustering: "Localhost")))
        {
            using var client = new HostClient(host.BaseAddress);
            var organisationId = (await client.Graph("mutation{ createOrganisation(name:\"Reminder BV\"){ id } }")).Ok().At("createOrganisation", "id").GetString();
            var teamId = (await client.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Ops\"){ id } }", new { o = organisationId })).Ok().At("addTeam", "id").GetString();
            managerId = (await client.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"Mila\"){ id } }", new { t = teamId })).Ok().At("addManager", "id").GetString()!;
            await host.StopGracefullyAsync();
        }

        // In memory (as before) it would be gone with the host; in the account it ticks again after a restart.
        var reminders = new List<TableEntity>();
        await foreach (var (_, entity) in AzuriteTables.AllEntities(new TableServiceClient(azurite.ConnectionString), timeout.Token))
        {
            var texts = entity.Select(property => property.Value).OfType<string>().ToArray();
            if (texts.Any(text => text.Contains(managerId)) && texts.Contains(ManagerGrain.FollowUpReminder)) reminders.Add(entity);
        }
        Assert.Single(reminders);
    }
}
