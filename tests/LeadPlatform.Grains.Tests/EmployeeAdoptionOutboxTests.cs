using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// An assessment is saved with its adoption fact in one write; the fact's removal after delivery is saved later (next
/// write or deactivation). Whatever was saved, each assessment is counted once by the manager's adoption grain.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EmployeeAdoptionOutboxTests(ClusterFixture fixture)
{
    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>("Default");

    private async Task<(IEmployeeGrain Employee, IManagerAdoptionGrain Adoption)> NewEmployeeWithManager(IGrainFactory grains)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Acme", null);
        var team = grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Support")).Id);
        var manager = await team.AddManager("Mila");
        var employee = await team.AddEmployee("Jan");
        return (grains.GetGrain<IEmployeeGrain>(employee.Id), grains.GetGrain<IManagerAdoptionGrain>(manager.Id));
    }

    private async Task<GrainState<EmployeeState>> Stored(IEmployeeGrain employee)
    {
        var stored = new GrainState<EmployeeState>();
        await Storage.ReadStateAsync("employee", employee.GetGrainId(), stored);
        return stored;
    }

    private static long Assessments(Domain.Adoption.AdoptionFigures figures) => figures.DevelopmentLevels.Values.Sum();

    [Fact]
    public async Task Delivered_facts_are_counted_once_and_leave_the_store_at_deactivation()
    {
        var grains = fixture.Grains;
        var (employee, adoption) = await NewEmployeeWithManager(grains);

        await employee.Assess("CRM migration", Competence.Low, Commitment.High);
        await employee.Assess("Customer calls", Competence.High, Commitment.High);

        Assert.Equal(2, Assessments(await adoption.Report(30)));
        // The second write saved the outbox as it was after the first delivery: only the second fact is still stored.
        Assert.Single((await Stored(employee)).State!.PendingAdoption);

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Empty((await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0)).State!.PendingAdoption);
        Assert.Equal(2, Assessments(await adoption.Report(30)));
    }

    [Fact]
    public async Task Facts_still_stored_after_a_crash_are_sent_again_and_counted_once()
    {
        var grains = fixture.Grains;
        var (employee, adoption) = await NewEmployeeWithManager(grains);
        await employee.Assess("CRM migration", Competence.Low, Commitment.High);
        var beforeCrash = await Stored(employee);
        Assert.Single(beforeCrash.State!.PendingAdoption);

        // A crash before the removal was saved: the activation goes, the store still holds the delivered fact.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var current = await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0);
        current.State = beforeCrash.State;
        await Storage.WriteStateAsync("employee", employee.GetGrainId(), current);

        await employee.Assess("Customer calls", Competence.High, Commitment.High);

        Assert.Equal(2, Assessments(await adoption.Report(30)));
    }
}
