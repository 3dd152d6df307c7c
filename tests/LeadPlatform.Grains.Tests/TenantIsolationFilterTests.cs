using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains.Tests;

/// <summary>The silo refuses calls whose principal cannot reach the grain's tenant, whatever the gateway did.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TenantIsolationFilterTests(ClusterFixture fixture)
{
    private async Task<(string OrganisationId, string TeamId, string EmployeeId)> NewOrganisation(string? consultancyId = null)
    {
        var grains = fixture.Grains;
        var organisation = consultancyId is null
            ? await grains.GetGrain<IOrganisationGrain>(EntityId.New("org")).Create("Acme", null)
            : await grains.GetGrain<IConsultancyGrain>(consultancyId).CreateOrganisation("Client");
        var team = await grains.GetGrain<IOrganisationGrain>(organisation.Id).AddTeam("Ops");
        var employee = await grains.GetGrain<ITeamGrain>(team.Id).AddEmployee("Jan");
        return (organisation.Id, team.Id, employee.Id);
    }

    private static async Task<PlatformException> Refused(Func<Task> call) => await Assert.ThrowsAsync<PlatformException>(call);

    /// <summary>Each call is refused as FORBIDDEN.</summary>
    private static async Task AssertForbidden(params Func<Task>[] calls)
    {
        foreach (var call in calls) Assert.Equal(PlatformErrorCode.Forbidden, (await Refused(call)).Code);
    }

    [Fact]
    public async Task A_foreign_organisation_principal_is_refused_on_every_tenant_owned_grain()
    {
        var (organisationId, teamId, employeeId) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal("org-someoneelse", Role.OrgAdmin, null));

        await AssertForbidden(
            () => grains.GetGrain<IOrganisationGrain>(organisationId).Get(),
            () => grains.GetGrain<ITeamGrain>(teamId).AddEmployee("Mallory"),
            () => grains.GetGrain<IEmployeeGrain>(employeeId).GetAssessments());
    }

    [Fact]
    public async Task A_foreign_principal_is_refused_on_the_audit_log_and_its_pages()
    {
        var (organisationId, _, _) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal("org-someoneelse", Role.OrgAdmin, null));

        Assert.Equal(PlatformErrorCode.Forbidden, (await Refused(() => grains.GetGrain<IAuditLogGrain>(organisationId).PageBelow(null, 10))).Code);
        var page = grains.GetGrain<IAuditLogPageGrain>($"{organisationId}/auditpage-0");
        await AssertForbidden(
            () => page.Read(),
            () => page.Write([]),
            () => page.Clear());
    }

    [Fact]
    public async Task A_foreign_principal_is_refused_on_an_employees_assessment_history_pages()
    {
        var (_, _, employeeId) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal("org-someoneelse", Role.OrgAdmin, null));

        var page = grains.GetGrain<IAssessmentHistoryPageGrain>($"{employeeId}/history-0");
        await AssertForbidden(
            () => page.Read(0),
            () => page.Write(0, []),
            () => page.Clear());
    }

    [Fact]
    public async Task A_foreign_principal_is_refused_on_an_employees_session_id_pages()
    {
        var (_, _, employeeId) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal("org-someoneelse", Role.OrgAdmin, null));

        var page = grains.GetGrain<ISessionListPageGrain>($"{employeeId}/sessions-0");
        await AssertForbidden(
            () => page.Read(0),
            () => page.Write(0, []),
            () => page.Clear());
    }

    [Fact]
    public async Task A_foreign_principal_is_refused_on_the_team_read_and_the_member_advice_calls()
    {
        var (_, teamId, employeeId) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal("org-someoneelse", Role.Manager, "org-someoneelse/mgr-x"));

        await AssertForbidden(
            () => grains.GetGrain<ITeamGrain>(teamId).GetMembersWithRecommendation("Tickets"),
            () => grains.GetGrain<ITeamGrain>(teamId).ForgetMemberAdvice(employeeId),
            () => grains.GetGrain<IEmployeeGrain>(employeeId).GetMemberAdvice());
    }

    [Fact]
    public async Task The_own_tenant_passes_and_internal_grain_to_grain_calls_keep_working()
    {
        var (organisationId, teamId, _) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal(organisationId, Role.OrgAdmin, null));

        // AddEmployee makes the team call a new employee grain: internal, so it passes.
        var employee = await grains.GetGrain<ITeamGrain>(teamId).AddEmployee("Piet");
        Assert.Equal("Piet", (await grains.GetGrain<IEmployeeGrain>(employee.Id).Get())!.Name);
    }

    [Fact]
    public async Task A_consultant_reaches_its_clients_but_not_other_organisations()
    {
        var consultancyId = EntityId.New("cons");
        await fixture.Grains.GetGrain<IConsultancyGrain>(consultancyId).Create("Coach & Co");
        var client = await NewOrganisation(consultancyId);
        var stranger = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal(consultancyId, Role.Consultant, null));

        Assert.NotNull(await grains.GetGrain<IOrganisationGrain>(client.OrganisationId).Get());
        Assert.NotNull(await grains.GetGrain<ITeamGrain>(client.TeamId).Get());
        await Refused(() => grains.GetGrain<IOrganisationGrain>(stranger.OrganisationId).Get());
        await Refused(() => grains.GetGrain<IEmployeeGrain>(stranger.EmployeeId).Get());
        await Refused(() => grains.GetGrain<IConsultancyGrain>(EntityId.New("cons")).Get());
    }

    [Fact]
    public async Task A_call_without_a_principal_is_refused()
    {
        var (organisationId, _, _) = await NewOrganisation();
        RequestContext.Clear();
        await Refused(() => fixture.Cluster.GrainFactory.GetGrain<IOrganisationGrain>(organisationId).Get());
    }

    [Fact]
    public async Task The_principal_is_checked_at_the_clusters_edge_and_not_carried_into_the_grains_own_calls()
    {
        var (organisationId, _, _) = await NewOrganisation();
        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal(organisationId, Role.OrgAdmin, null));
        var probe = grains.GetGrain<IPrincipalProbeGrain>(EntityId.New("probe"));

        Assert.Null(await probe.TenantSeen());
        Assert.Null(await probe.TenantSeenByNext(EntityId.New("probe")));
        // The caller's own context keeps it: the next call from outside is checked again.
        Assert.Equal(organisationId, PrincipalContext.Current?.TenantId);
        PrincipalContext.Set(new Principal("org-someoneelse", Role.OrgAdmin, null));
        await Refused(() => grains.GetGrain<IOrganisationGrain>(organisationId).Get());
    }
}
