using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Host;

/// <summary>
/// <c>LeadPlatform:Demo=true</c>: on the first start seeds a demo consultancy with two client organisations
/// and prints keys for each role, so a newcomer can explore the API at once.
/// </summary>
internal sealed class DemoSeeder(IGrainFactory grains, ApiKeyIssuer issuer, IOptions<LeadPlatformSettings> settings) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.Demo) return;
        PrincipalContext.Set(SystemPrincipal.Instance);
        if (!await grains.GetGrain<IPlatformGrain>(IPlatformGrain.Key).ClaimDemoSeed())
        {
            Console.WriteLine("Demo data was seeded on an earlier start; its keys were printed then.");
            return;
        }

        var consultancyId = EntityId.New("cons");
        await grains.GetGrain<IConsultancyGrain>(consultancyId).Create("Demo Coaching Partners");
        var lines = new List<string> { $"consultancy {consultancyId}", Key("CONSULTANT", await Issue(consultancyId, Role.Consultant, null)) };

        foreach (var (client, teamName, managerName, employees) in new[]
        {
            ("Acme Support BV", "Klantenservice", "Mila de Vries", new[] { "Jan Jansen", "Sanne Bakker", "Ömer Yıldız" }),
            ("Globex Retail", "Store Operations", "Sam Carter", new[] { "Alex Kim", "Priya Shah" }),
        })
        {
            var organisation = await grains.GetGrain<IConsultancyGrain>(consultancyId).CreateOrganisation(client);
            var team = await grains.GetGrain<IOrganisationGrain>(organisation.Id).AddTeam(teamName);
            var teamGrain = grains.GetGrain<ITeamGrain>(team.Id);
            var manager = await teamGrain.AddManager(managerName);
            string? firstEmployee = null;
            foreach (var (name, index) in employees.Select((name, index) => (name, index)))
            {
                var employee = await teamGrain.AddEmployee(name);
                firstEmployee ??= employee.Id;
                await grains.GetGrain<IEmployeeGrain>(employee.Id).Assess("Klantgesprekken",
                    (Competence)(index % 3), (Commitment)((index + 1) % 3), TeamGate.Only(team.Id));
            }
            lines.Add($"organisation {organisation.Id} ({client}), team {team.Id}, manager {manager.Id}, employee {firstEmployee}");
            lines.Add(Key("ORG_ADMIN", await Issue(organisation.Id, Role.OrgAdmin, null)));
            lines.Add(Key("MANAGER", await Issue(organisation.Id, Role.Manager, manager.Id)));
            lines.Add(Key("EMPLOYEE", await Issue(organisation.Id, Role.Employee, firstEmployee)));
        }

        Console.WriteLine($"\n==== LeadPlatform demo data (keys shown once) ====\n  {string.Join("\n  ", lines)}\n");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string> Issue(string tenantId, Role role, string? subjectId) =>
        (await issuer.IssueAsync(new Principal(tenantId, role, subjectId))).Key;

    private static string Key(string role, string key) => $"  {role,-11} key: {key}";
}
