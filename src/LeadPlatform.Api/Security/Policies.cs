using GraphQL;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Security;

/// <summary>The access policies the schema declares, one per kind of operation.</summary>
public static class Policies
{
    private static readonly Role[] AllRoles = Enum.GetValues<Role>();

    /// <summary>Any authenticated caller: questions about the method itself, and <c>me</c>.</summary>
    public static readonly AccessPolicy Anyone = new("anyone", AllRoles.ToHashSet());

    public static readonly AccessPolicy PlatformAdminOnly = new("platform-admin", new HashSet<Role> { Role.PlatformAdmin });

    /// <summary>Reading by id: the id's tenant must be reachable; what is returned is filtered by visibility.</summary>
    public static AccessPolicy ReadById(string argument) => new($"read({argument})", AllRoles.ToHashSet(),
        (c, guard) => guard.CanReachTenant(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? "")));

    /// <summary>Changing an organisation's structure: org admin, its consultant, platform admin.</summary>
    public static AccessPolicy ManageStructure(string argument) => new($"manage-structure({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin },
        (c, guard) => guard.ManagesOrganisation(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? "")));

    /// <summary>
    /// Creating an organisation: platform admin, or a consultant for its own consultancy. A consultant who leaves out
    /// <c>consultancyId</c> asked for a direct customer, which only the platform makes: told which id to give.
    /// </summary>
    public static readonly AccessPolicy CreateOrganisation = new("create-organisation",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant },
        (c, guard) => ValueTask.FromResult(guard.Principal.Role == Role.PlatformAdmin
            || (c.GetArgument<string?>("consultancyId") ?? throw PlatformException.BadInput("consultancyId",
                $"is required for a consultant: a client of your consultancy takes consultancyId \"{guard.Principal.TenantId}\"")) == guard.Principal.TenantId));

    /// <summary>
    /// Acting on one employee as their manager (the manager of the employee's team), or platform admin. Checked here: the
    /// role and the tenant. The team is checked by the employee grain in the call that acts, through the caller's
    /// <see cref="AccessGuard.ActingTeams"/>: one grain call per request instead of reading the employee first. A field
    /// with this policy must pass that gate to the grain it calls.
    /// </summary>
    public static AccessPolicy ManagerOfEmployeeThroughTeamGate(string argument) => new($"manager-of-employee({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.Manager },
        async (c, guard) => guard.Principal.Role == Role.PlatformAdmin
            || await guard.CanReachTenant(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? "")));

    /// <summary>Team-wide actions (crisis): the team's manager, or whoever manages the organisation's structure.</summary>
    public static AccessPolicy LeadOrManageTeam(string argument) => new($"lead-or-manage-team({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin, Role.Manager },
        async (c, guard) =>
        {
            var teamId = c.GetArgument<string>(argument) ?? "";
            return await guard.ManagesOrganisation(TenantReach.TenantOf(teamId)) || await guard.LeadsTeam(teamId);
        });

    /// <summary>Personal data on an Employee object: their manager, themselves, platform admin.</summary>
    public static readonly AccessPolicy PersonalDataOfSourceEmployee = new("personal-data", AllRoles.ToHashSet(),
        (c, guard) => guard.MaySeePersonalDataOf((EmployeeInfo)c.Source!));

    /// <summary>Adoption aggregates of an organisation (or one of its teams): whoever manages its structure.</summary>
    public static AccessPolicy AggregatesOfOrganisation(Func<object, string> organisationOf) => new("aggregates",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin },
        (c, guard) => guard.ManagesOrganisation(organisationOf(c.Source!)));

    /// <summary>Adoption aggregates of a team: whoever manages the organisation's structure, and the team's manager.</summary>
    public static readonly AccessPolicy AggregatesOfTeam = new("team-aggregates",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin, Role.Manager },
        async (c, guard) => await guard.ManagesOrganisation(((TeamInfo)c.Source!).OrganisationId) || await guard.LeadsTeam(((TeamInfo)c.Source!).Id));

    /// <summary>Adoption aggregates of a manager: whoever manages the organisation's structure, and the manager themself.</summary>
    public static readonly AccessPolicy AggregatesOfManager = new("manager-aggregates",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin, Role.Manager },
        async (c, guard) => await guard.ManagesOrganisation(TenantReach.TenantOf(((ManagerInfo)c.Source!).Id))
            || (guard.Principal.Role == Role.Manager && guard.Principal.SubjectId == ((ManagerInfo)c.Source!).Id));

    /// <summary>Acting on a client as its consultancy: the consultant of that client, or the platform admin.</summary>
    public static AccessPolicy ConsultantOfClient(string argument) => new($"consultant-of-client({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant },
        (c, guard) => guard.ManagesOrganisation(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? "")));

    /// <summary>The audit log of an organisation: its org admins and the platform admin.</summary>
    public static AccessPolicy AuditLogOf(string argument) => new($"audit-log({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.OrgAdmin },
        (c, guard) => ValueTask.FromResult(guard.Principal.Role == Role.PlatformAdmin || guard.Principal.TenantId == c.GetArgument<string>(argument)));

    /// <summary>Adoption aggregates of a consultancy: its consultants and the platform admin.</summary>
    public static readonly AccessPolicy AggregatesOfConsultancy = new("consultancy-aggregates",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant },
        (c, guard) => ValueTask.FromResult(guard.Principal.Role == Role.PlatformAdmin || guard.Principal.TenantId == ((ConsultancyInfo)c.Source!).Id));

    /// <summary>Coaching an employee: only the manager who leads the employee's team (no admin coaches on someone's behalf).</summary>
    public static AccessPolicy CoachOfEmployee(string argument) => new($"coach-of-employee({argument})",
        new HashSet<Role> { Role.Manager },
        async (c, guard) => await guard.CanReachTenant(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? ""))
            && await Reader(c).Employee(c.GetArgument<string>(argument)) is { } employee
            && await guard.LeadsTeam(employee.TeamId));

    /// <summary>Running a coaching session (questions, notes, stages, actions): only the session's own manager.</summary>
    public static AccessPolicy ManagerOfSession(string argument) => new($"manager-of-session({argument})",
        new HashSet<Role> { Role.Manager },
        async (c, guard) => await guard.CanReachTenant(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? ""))
            && guard.IsManager((await Reader(c).CoachingSession(c.GetArgument<string>(argument))).ManagerId));

    /// <summary>Completing an action item: the two people of its session (the employee usually owns it).</summary>
    public static AccessPolicy ParticipantOfAction(string argument) => new($"participant-of-action({argument})",
        new HashSet<Role> { Role.Manager, Role.Employee },
        async (c, guard) => await guard.CanReachTenant(TenantReach.TenantOf(c.GetArgument<string>(argument) ?? ""))
            && await Reader(c).SessionOfAction(c.GetArgument<string>(argument)) is { } session
            && guard.IsParticipant(session.ManagerId, session.EmployeeId));

    /// <summary>What was said in a session (goal, notes, questions, feedback): its manager and employee, nobody else.</summary>
    public static readonly AccessPolicy ContentOfSourceSession = new("session-content", AllRoles.ToHashSet(),
        (c, guard) => ValueTask.FromResult(guard.IsParticipant(((CoachingSessionInfo)c.Source!).ManagerId, ((CoachingSessionInfo)c.Source!).EmployeeId)));

    /// <summary>What an action item says: the two people of its session, nobody else.</summary>
    public static readonly AccessPolicy ContentOfSourceAction = new("action-content", AllRoles.ToHashSet(),
        (c, guard) => ValueTask.FromResult(guard.IsParticipant(((ActionItem)c.Source!).ManagerId, ((ActionItem)c.Source!).EmployeeId)));

    /// <summary>Logging one's own interaction: the manager named by the argument, themself.</summary>
    public static AccessPolicy ManagerThemself(string argument) => new($"manager-themself({argument})",
        new HashSet<Role> { Role.Manager },
        (c, guard) => ValueTask.FromResult(guard.IsManager(c.GetArgument<string>(argument) ?? "")));

    /// <summary>A manager's nudges and interaction notes: that manager only (they quote action texts and notes).</summary>
    public static readonly AccessPolicy OwnFollowUpOfSourceManager = new("own-follow-up", AllRoles.ToHashSet(),
        (c, guard) => ValueTask.FromResult(guard.IsManager(((ManagerInfo)c.Source!).Id)));

    /// <summary>A manager's record (sessions, hats, style fit): the manager and whoever manages the organisation.</summary>
    public static readonly AccessPolicy RecordOfSourceManager = new("manager-record", AllRoles.ToHashSet(),
        (c, guard) => guard.MaySeeRecordOf((ManagerInfo)c.Source!));

    /// <summary>Assessing oneself: an employee, always about themself (the subject of their key).</summary>
    public static readonly AccessPolicy EmployeeThemself = new("employee-themself", new HashSet<Role> { Role.Employee });

    /// <summary>Adding to a team session: like <see cref="LeadOrManageTeam"/> for the session's team.</summary>
    public static AccessPolicy LeadOrManageTeamOfSession(string argument) => new($"lead-or-manage-team-session({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin, Role.Manager },
        async (c, guard) =>
        {
            var id = c.GetArgument<string>(argument) ?? "";
            if (!await guard.CanReachTenant(TenantReach.TenantOf(id))) return false;
            var teamId = (await Reader(c).TeamSession(id)).TeamId;
            return await guard.ManagesOrganisation(TenantReach.TenantOf(teamId)) || await guard.LeadsTeam(teamId);
        });

    private static Schema.EntityReader Reader(IResolveFieldContext c) => ((Http.GatewayUserContext)c.UserContext).Reader;

    /// <summary>
    /// GDPR export and erasure of an employee: the admins of the employee's organisation and the platform admin. Never a
    /// consultant (consultants see no personal data), nor managers or employees.
    /// </summary>
    public static AccessPolicy PrivacyOfEmployee(string argument) => new($"privacy-of-employee({argument})",
        new HashSet<Role> { Role.PlatformAdmin, Role.OrgAdmin },
        (c, guard) => ValueTask.FromResult(guard.Principal.Role == Role.PlatformAdmin
            || guard.Principal.TenantId == TenantReach.TenantOf(c.GetArgument<string>(argument) ?? "")));

    /// <summary>Issuing and revoking keys: admins of a tenant; the scope is checked by <see cref="KeyIssuingRules"/>.</summary>
    public static readonly AccessPolicy KeyManagement = new("key-management",
        new HashSet<Role> { Role.PlatformAdmin, Role.Consultant, Role.OrgAdmin });
}
