using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;

namespace LeadPlatform.Api.Security;

/// <summary>
/// The gateway's access rules for one request: which tenants and which entities the caller may see and
/// act on. Lookups it needs (a consultancy's clients, a manager's team) are cached for the request.
/// </summary>
public sealed class AccessGuard(IGrainFactory grains, ManagerTeamCache managerTeams)
{
    private readonly Dictionary<string, Task<string?>> consultancyOfOrganisation = [];
    private Task<string?>? ownTeam;

    public Principal Principal { get; private set; } = null!;

    internal void Bind(Principal principal) => Principal = principal;

    private bool Is(Role role) => Principal.Role == role;

    /// <summary>May the caller reach this tenant at all (its own, or a consultancy's client)?</summary>
    public ValueTask<bool> CanReachTenant(string tenantId) => TenantReach.CanReach(Principal, tenantId, ConsultancyOf);

    /// <summary>Structure management of an organisation: org admin of it, its consultant, platform admin.</summary>
    public async ValueTask<bool> ManagesOrganisation(string organisationId) =>
        Is(Role.PlatformAdmin)
        || (Is(Role.OrgAdmin) && Principal.TenantId == organisationId)
        || (Is(Role.Consultant) && await ConsultancyOf(organisationId) == Principal.TenantId);

    /// <summary>True when the caller is the manager who leads this team.</summary>
    public async ValueTask<bool> LeadsTeam(string teamId) => Is(Role.Manager) && await OwnTeam() == teamId;

    /// <summary>
    /// The teams whose members the caller may act on as their manager, for the grain that acts to check: every team for the
    /// platform admin, the team a manager leads; nobody else.
    /// </summary>
    public async ValueTask<TeamGate> ActingTeams() =>
        Is(Role.PlatformAdmin) ? TeamGate.AnyTeam
        : Is(Role.Manager) && await OwnTeam() is { } teamId ? TeamGate.Only(teamId)
        : throw PlatformException.Forbidden("Not allowed: the caller leads no team.");

    /// <summary>Individual data of an employee (assessments, coaching): their manager, themselves, the platform admin.</summary>
    public async ValueTask<bool> MaySeePersonalDataOf(EmployeeInfo employee) =>
        Is(Role.PlatformAdmin)
        || (Is(Role.Employee) && Principal.SubjectId == employee.Id)
        || await LeadsTeam(employee.TeamId);

    /// <summary>
    /// The two people of a coaching conversation: its manager and its employee. Only they read what was said
    /// (notes, questions, goal, feedback, action texts); nobody else, the platform admin included.
    /// </summary>
    public bool IsParticipant(string managerId, string employeeId) =>
        (Is(Role.Manager) && Principal.SubjectId == managerId) || (Is(Role.Employee) && Principal.SubjectId == employeeId);

    /// <summary>True when the caller is this manager.</summary>
    public bool IsManager(string managerId) => Is(Role.Manager) && Principal.SubjectId == managerId;

    /// <summary>A manager's record (sessions, hats): the manager, and whoever manages the organisation's structure.</summary>
    public async ValueTask<bool> MaySeeRecordOf(ManagerInfo manager) =>
        IsManager(manager.Id) || await ManagesOrganisation(TenantReach.TenantOf(manager.Id));

    /// <summary>Whether an entity the API is about to return is visible to the caller.</summary>
    public async ValueTask<bool> CanSee(object entity) => Is(Role.PlatformAdmin) || entity switch
    {
        ConsultancyInfo c => Is(Role.Consultant) && Principal.TenantId == c.Id,
        OrganisationInfo o => Principal.TenantId == o.Id || (Is(Role.Consultant) && o.ConsultancyId == Principal.TenantId),
        TeamInfo t => await ManagesOrganisation(t.OrganisationId) || (IsPerson && await OwnTeam() == t.Id),
        ManagerInfo m => await ManagesOrganisation(TenantReach.TenantOf(m.Id))
            || (Is(Role.Manager) && Principal.SubjectId == m.Id)
            || (Is(Role.Employee) && await OwnTeam() == m.TeamId),
        EmployeeInfo e => await ManagesOrganisation(TenantReach.TenantOf(e.Id)) || await MaySeePersonalDataOf(e),
        // Structure of a session (stage, dates, action status) for its two people and the organisation's admins.
        CoachingSessionInfo s => IsParticipant(s.ManagerId, s.EmployeeId) || await ManagesOrganisation(TenantReach.TenantOf(s.Id)),
        ActionItem a => IsParticipant(a.ManagerId, a.EmployeeId) || await ManagesOrganisation(TenantReach.TenantOf(a.Id)),
        // Programmes (who follows which track, figures per track) for whoever manages the organisation, like its adoption.
        ProgrammeInfo p => await ManagesOrganisation(p.OrganisationId),
        TeamSessionInfo t => await ManagesOrganisation(TenantReach.TenantOf(t.Id)) || (IsPerson && await OwnTeam() == t.TeamId),
        _ => true,
    };

    private bool IsPerson => Is(Role.Manager) || Is(Role.Employee);

    private Task<string?> ConsultancyOf(string organisationId)
    {
        // A malformed id (e.g. the empty tenant of "/team-x") names no organisation; asking a grain for it would
        // throw (an empty key) and surface as INTERNAL. Found by the hardening fuzzer.
        if (!Domain.Identity.EntityId.IsValidPart(organisationId)) return Task.FromResult<string?>(null);
        lock (consultancyOfOrganisation)
        {
            if (!consultancyOfOrganisation.TryGetValue(organisationId, out var lookup))
                consultancyOfOrganisation[organisationId] = lookup = grains.GetGrain<IOrganisationGrain>(organisationId).GetConsultancyId();
            return lookup;
        }
    }

    /// <summary>The team a manager leads or an employee belongs to.</summary>
    private Task<string?> OwnTeam() => ownTeam ??= LoadOwnTeam();

    private async Task<string?> LoadOwnTeam()
    {
        if (Principal.SubjectId is not { } subject) return null;
        try
        {
            return Principal.Role switch
            {
                Role.Manager => managerTeams.Find(Principal) ?? await LoadManagersTeam(subject),
                Role.Employee => (await grains.GetGrain<IEmployeeGrain>(subject).Get())?.TeamId,
                _ => null,
            };
        }
        catch (PlatformException)
        {
            return null; // a subject outside the key's tenant reaches nothing
        }
    }

    private async Task<string?> LoadManagersTeam(string managerId)
    {
        var teamId = (await grains.GetGrain<IManagerGrain>(managerId).Get())?.TeamId;
        if (teamId is not null) managerTeams.Store(Principal, teamId);
        return teamId;
    }
}
