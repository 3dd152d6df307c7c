using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Adoption;
using LeadPlatform.Grains.State;
using Orleans.Runtime;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// An assessment is saved with its adoption fact in one write and acknowledged; the fact goes to the manager's adoption
/// grain after the request, and its removal after delivery is saved later (next write or deactivation). Whatever was
/// saved, each assessment is counted once by the manager's adoption grain.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EmployeeAdoptionOutboxTests(ClusterFixture fixture)
{
    private IGrainStorage Storage => fixture.Storage;

    private async Task<(IEmployeeGrain Employee, IManagerAdoptionGrain Adoption)> NewEmployeeWithManager(IGrainFactory grains)
    {
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
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

    private static Task<Domain.Adoption.AdoptionFigures> Counted(IManagerAdoptionGrain adoption, int assessments) =>
        Eventually.Until(() => adoption.Report(30), figures => Assessments(figures) >= assessments);

    [Fact]
    public async Task Delivered_facts_are_counted_once_and_leave_the_store_at_deactivation()
    {
        var grains = fixture.Grains;
        var (employee, adoption) = await NewEmployeeWithManager(grains);

        await employee.Assess("CRM migration", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(1, Assessments(await Counted(adoption, 1)));
        // The delivered fact is not written away on its own; a deactivation (which waits for the delivery) saves its removal.
        Assert.Single((await Stored(employee)).State!.PendingAdoption);
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0);

        // The next write holds only its own fact.
        var second = await employee.Assess("Customer calls", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(second.AssessedAt, Assert.Single((await Stored(employee)).State!.PendingAdoption).At);
        Assert.Equal(2, Assessments(await Counted(adoption, 2)));

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Empty((await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0)).State!.PendingAdoption);
        Assert.Equal(2, Assessments(await adoption.Report(30)));
    }

    [Fact]
    public async Task Facts_saved_but_never_sent_go_out_when_the_employee_next_activates()
    {
        var grains = fixture.Grains;
        var (employee, adoption) = await NewEmployeeWithManager(grains);
        await employee.Assess("CRM migration", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        await Counted(adoption, 1);
        var savedWithFact = await Stored(employee);
        Assert.Single(savedWithFact.State!.PendingAdoption);

        // A silo that died between the write of a second assessment and its delivery: the store holds the fact, the
        // manager's grain never saw it (made here from the first: the employee's next number, a new id).
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var current = await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0);
        current.State = savedWithFact.State;
        var first = current.State.PendingAdoption[0];
        current.State.PendingAdoption[0] = first with { EventId = "undelivered-" + Guid.NewGuid(), SourceSequence = first.SourceSequence + 1 };
        current.State.AdoptionSequence = first.SourceSequence + 1;
        await Storage.WriteStateAsync("employee", employee.GetGrainId(), current);

        // A read activates the employee; no new assessment is needed for the fact to be counted.
        await employee.Get();
        Assert.Equal(2, Assessments(await Counted(adoption, 2)));
    }

    [Fact]
    public async Task The_manager_remembers_an_employees_facts_by_one_number_not_by_their_ids()
    {
        var grains = fixture.Grains;
        var (employee, adoption) = await NewEmployeeWithManager(grains);
        await employee.Assess("CRM migration", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        var secondSaved = (await employee.Assess("Customer calls", Competence.High, Commitment.High, TeamGate.AnyTeam)).AssessedAt;
        await employee.Assess("Planning", Competence.Some, Commitment.Variable, TeamGate.AnyTeam);
        await Counted(adoption, 3);

        var stored = new GrainState<AdoptionState>();
        await Storage.ReadStateAsync("adoption", adoption.GetGrainId(), stored);
        Assert.Equal(3, stored.State!.AppliedSequence[employee.GetPrimaryKeyString()]);
        Assert.DoesNotContain(stored.State.SeenEvents.Keys, id => id.StartsWith(employee.GetPrimaryKeyString(), StringComparison.Ordinal));

        // The second fact again (an outbox saved before its delivery was known): below the mark, not counted.
        await adoption.RecordAll([new AdoptionEvent("resent", AdoptionEventKind.Assessment, secondSaved)
            { DevelopmentLevel = DevelopmentLevel.D4, Style = LeadershipStyle.Delegating, SourceId = employee.GetPrimaryKeyString(), SourceSequence = 2 }]);
        Assert.Equal(3, Assessments(await adoption.Report(30)));
    }

    [Fact]
    public async Task Facts_still_stored_after_a_crash_are_sent_again_and_counted_once()
    {
        var grains = fixture.Grains;
        var (employee, adoption) = await NewEmployeeWithManager(grains);
        await employee.Assess("CRM migration", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        var beforeCrash = await Stored(employee);
        Assert.Single(beforeCrash.State!.PendingAdoption);

        // A crash before the removal was saved: the activation goes, the store still holds the delivered fact.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var current = await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0);
        current.State = beforeCrash.State;
        await Storage.WriteStateAsync("employee", employee.GetGrainId(), current);

        await employee.Assess("Customer calls", Competence.High, Commitment.High, TeamGate.AnyTeam);

        await Counted(adoption, 2);
        // Counted once, also after every delivery has ended (a deactivation waits for the one under way).
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await Eventually.Until(() => Stored(employee), stored => stored.State!.PendingAdoption.Count == 0);
        Assert.Equal(2, Assessments(await adoption.Report(30)));
    }
}
