using System.Text.RegularExpressions;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Grains;
using LeadPlatform.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>Start, stop and start again on one data folder: through the real host and the real SQLite store.</summary>
[Collection(SerialCollection.Name)]
public sealed partial class RestartTests
{
    [Fact]
    public Task Data_written_through_the_api_survives_a_host_restart() => AcrossARestart(
        async first =>
        {
            var structure = await Scenario.CreateOrganisationWithTeam(first, "Restart BV");
            (await first.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Planning\", competence: SOME, commitment: LOW){ task } }",
                new { e = structure.EmployeeId })).Ok();
            (await first.Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:true, reason:\"outage\"){ id } }", new { t = structure.TeamId }))
                .Ok();
            return structure;
        },
        async (second, structure) =>
        {
            var organisation = (await second.Graph("""
                query($o:ID!){ organisation(id:$o){ name teams { name crisis crisisReason manager { name }
                  employees { name assessments { task competence commitment } currentRecommendation(task:"planning"){ style crisisOverride } } } } }
                """, new { o = structure.OrganisationId })).Ok().At("organisation");
            Assert.Equal("Restart BV", organisation.GetProperty("name").GetString());
            var team = organisation.GetProperty("teams")[0];
            Assert.Equal("Mila", team.GetProperty("manager").GetProperty("name").GetString());
            Assert.True(team.GetProperty("crisis").GetBoolean());
            var employee = team.GetProperty("employees")[0];
            Assert.Equal("SOME", employee.GetProperty("assessments")[0].GetProperty("competence").GetString());
            Assert.Equal("DIRECTING", employee.GetProperty("currentRecommendation").GetProperty("style").GetString());
        });

    [Fact]
    public Task A_managers_follow_up_reminder_is_in_the_embedded_store_after_a_restart_before_anything_wakes_the_manager() => AcrossARestart(
        first => Scenario.CreateOrganisationWithTeam(first, "Reminder BV"),
        async (second, structure) =>
        {
            await second.Graph("{ me { role } }"); // starts the host; nothing here activates the manager
            var table = second.Services.GetRequiredService<IReminderTable>();
            Assert.IsType<SqliteReminderTable>(table);
            var manager = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagerGrain>(structure.ManagerId).GetGrainId();
            var reminder = await table.ReadRow(manager, ManagerGrain.FollowUpReminder);
            Assert.NotNull(reminder);
            Assert.Equal(ManagerGrain.FollowUpPeriod, reminder.Period);
        });

    /// <summary>Runs <paramref name="before"/> on a host over a new data folder, stops it, runs <paramref name="after"/> on a new host over the same folder, then deletes it.</summary>
    private static async Task AcrossARestart<T>(Func<TestHost, Task<T>> before, Func<TestHost, T, Task> after)
    {
        T carried;
        string dataDirectory;
        await using (var first = new TestHost())
        {
            dataDirectory = first.DataDirectory;
            carried = await before(first);
        }

        var second = new TestHost(dataDirectory);
        try
        {
            await after(second, carried);
        }
        finally
        {
            await second.DisposeAsync();
            second.DeleteData();
        }
    }

    [Fact]
    public async Task Without_a_configured_admin_key_one_is_generated_printed_once_and_works_after_restart()
    {
        using var console = new ConsoleCapture();
        var noConfiguredKey = new Dictionary<string, string?> { ["LeadPlatform:AdminApiKey"] = "" };
        string key, dataDirectory;
        await using (var first = new TestHost(extra: noConfiguredKey))
        {
            dataDirectory = first.DataDirectory;
            Assert.Equal(401, (await first.Graph("{ me { role } }")).Status);
            key = KeyPattern().Match(console.Text).Value;
            Assert.StartsWith("lp.", key);
            Assert.Equal("PLATFORM_ADMIN", (await first.Graph("{ me { role } }", key: key)).Ok().At("me", "role").GetString());
        }

        var printedBefore = KeyPattern().Matches(console.Text).Count;
        var second = new TestHost(dataDirectory, noConfiguredKey);
        try
        {
            Assert.Equal("PLATFORM_ADMIN", (await second.Graph("{ me { role } }", key: key)).Ok().At("me", "role").GetString());
            Assert.Equal(printedBefore, KeyPattern().Matches(console.Text).Count);
            // Only the hash is stored: the clear key appears nowhere in the data folder.
            foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                Assert.DoesNotContain(key, await reader.ReadToEndAsync());
            }
        }
        finally
        {
            await second.DisposeAsync();
            second.DeleteData();
        }
    }

    [Fact]
    public async Task Demo_mode_seeds_a_consultancy_with_two_clients_and_prints_working_keys()
    {
        using var console = new ConsoleCapture();
        var host = new TestHost(extra: new Dictionary<string, string?> { ["LeadPlatform:Demo"] = "true" });
        try
        {
            await host.Graph("{ me { role } }");
            var consultancyId = Regex.Match(console.Text, @"consultancy (cons-[a-z0-9]+)").Groups[1].Value;
            var consultancy = (await host.Graph("query($c:ID!){ consultancy(id:$c){ name organisations { name teams { employees { name } } } } }",
                new { c = consultancyId })).Ok().At("consultancy");
            Assert.Equal(2, consultancy.GetProperty("organisations").GetArrayLength());
            Assert.True(KeyPattern().Matches(console.Text).Count >= 7);
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }

    [GeneratedRegex(@"lp\.key-[a-z0-9]+\.[A-Za-z0-9_-]+")]
    private static partial Regex KeyPattern();
}
