using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Audit;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Clients.ClientMutations.AddTo(this);
        Privacy.PrivacyMutations.AddTo(this);
        Programmes.ProgrammeMutations.AddTo(this);

        Field<NonNullGraphType<ConsultancyType>>("createConsultancy").Authorize(Policies.PlatformAdminOnly)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await c.Grains().GetGrain<IConsultancyGrain>(CreatedIds.For(EntityKinds.Consultancy, CreatedIds.PlatformScope, c.IdempotencyKey()))
                .Create(c.GetArgument<string>("name")));

        Field<NonNullGraphType<OrganisationType>>("createOrganisation").Authorize(Policies.CreateOrganisation).Audited(AuditRule.Result(o => ((OrganisationInfo)o).Id))
            .Description("A client of the given consultancy, or a direct customer when consultancyId is omitted (platform admins only: a consultant gives its own consultancy).")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<IdGraphType>("consultancyId")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("name");
                var key = c.IdempotencyKey();
                return c.GetArgument<string?>("consultancyId") is { } consultancyId
                    ? await c.Grains().GetGrain<IConsultancyGrain>(Require.RootId(consultancyId, EntityKinds.Consultancy, "Consultancy")).CreateOrganisation(name, key)
                    : await c.Grains().GetGrain<IOrganisationGrain>(CreatedIds.For(EntityKinds.Organisation, CreatedIds.PlatformScope, key)).Create(name, null);
            });

        Field<NonNullGraphType<TeamType>>("addTeam").Authorize(Policies.ManageStructure("organisationId")).Audited(AuditRule.Result(t => ((TeamInfo)t).Id))
            .Description("A team's name is unique in its organisation, case-insensitive (an import finds teams by name): a second one is CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IOrganisationGrain>(Require.RootId(c.GetArgument<string>("organisationId"), EntityKinds.Organisation, "Organisation"))
                .AddTeam(c.GetArgument<string>("name"), c.IdempotencyKey()));

        Field<NonNullGraphType<TeamType>>("renameTeam").Authorize(Policies.ManageStructure("teamId")).Audited(AuditRule.Argument("teamId"))
            .Description("Gives a team a new name, unique in its organisation as for addTeam (CONFLICT otherwise). An import finds the team by its new name from then on.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c =>
            {
                var teamId = Require.Key(c.GetArgument<string>("teamId"), EntityKinds.Team, "Team").ToString();
                return await c.Grains().GetGrain<IOrganisationGrain>(TenantReach.TenantOf(teamId)).RenameTeam(teamId, c.GetArgument<string>("name"));
            });

        Field<NonNullGraphType<ManagerType>>("addManager").Authorize(Policies.ManageStructure("teamId")).Audited(AuditRule.Result(m => ((ManagerInfo)m).Id))
            .Description("Adds the manager who leads the team.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Team(c, "teamId").AddManager(c.GetArgument<string>("name"), c.IdempotencyKey()));

        Field<NonNullGraphType<EmployeeType>>("addEmployee").Authorize(Policies.ManageStructure("teamId")).Audited(AuditRule.Result(e => ((EmployeeInfo)e).Id))
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Team(c, "teamId").AddEmployee(c.GetArgument<string>("name"), c.IdempotencyKey()));

        Field<NonNullGraphType<EmployeeType>>("moveEmployee").Authorize(Policies.ManageStructure("employeeId")).Audited(AuditRule.Argument("employeeId"))
            .Description("Moves an employee to another team of their organisation. That team's manager leads them from then on and the former "
                + "manager no longer reaches them, except in the coaching sessions the two held: those stay theirs, and the former manager may finish one still open. Assessments go with the "
                + "employee; adoption counted so far stays with the team it was counted in. NOT_FOUND for a team of another organisation; "
                + "moving to the current team changes nothing. Retry after a failure: the retry finishes the move.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .ResolveAsync(async c =>
            {
                var employeeId = Require.Key(c.GetArgument<string>("employeeId"), EntityKinds.Employee, "Employee").ToString();
                var teamId = Require.Key(c.GetArgument<string>("teamId"), EntityKinds.Team, "Team").ToString();
                return await c.Grains().GetGrain<IOrganisationGrain>(TenantReach.TenantOf(employeeId)).MoveEmployee(employeeId, teamId);
            });

        Field<NonNullGraphType<AssessmentType>>("assessEmployee").Authorize(Policies.ManagerOfEmployeeThroughTeamGate("employeeId"))
            .Description("Records how able and committed the employee is on one task.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Argument<NonNullGraphType<StringGraphType>>("task")
            .Argument<NonNullGraphType<CompetenceType>>("competence")
            .Argument<NonNullGraphType<CommitmentType>>("commitment")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IEmployeeGrain>(Require.Key(c.GetArgument<string>("employeeId"), EntityKinds.Employee, "Employee").ToString())
                .Assess(c.GetArgument<string>("task"), c.GetArgument<Competence>("competence"), c.GetArgument<Commitment>("commitment"),
                    await c.Guard().ActingTeams(), c.IdempotencyKey()));

        Field<NonNullGraphType<TeamType>>("setTeamCrisis").Authorize(Policies.LeadOrManageTeam("teamId")).Audited(AuditRule.Argument("teamId"))
            .Description("Starts or lifts a crisis: while active every member's recommendation is DIRECTING.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<BooleanGraphType>>("active")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c => await Team(c, "teamId").SetCrisis(c.GetArgument<bool>("active"),
                Inputs.OptionalText(c.GetArgument<string?>("reason"), "reason")));

        Field<NonNullGraphType<AssessmentType>>("assessSelf").Authorize(Policies.EmployeeThemself)
            .Description("The calling employee's own assessment of a task; shown next to the manager's (Employee.assessmentComparisons).")
            .Argument<NonNullGraphType<StringGraphType>>("task")
            .Argument<NonNullGraphType<CompetenceType>>("competence")
            .Argument<NonNullGraphType<CommitmentType>>("commitment")
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IEmployeeGrain>(Require.Key(c.Principal().SubjectId, EntityKinds.Employee, "Employee").ToString())
                .AssessSelf(c.GetArgument<string>("task"), c.GetArgument<Competence>("competence"), c.GetArgument<Commitment>("commitment")));

        Field<NonNullGraphType<BooleanGraphType>>("logInteraction").Authorize(Policies.ManagerThemself("managerId"))
            .Description("Records an interaction with an employee of your team and the hat you wore; it counts towards your style-fit rate.")
            .Argument<NonNullGraphType<IdGraphType>>("managerId")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Argument<NonNullGraphType<HatType>>("hat")
            .Argument<StringGraphType>("note")
            .Argument<StringGraphType>("task", "The task the conversation was about: the hat is judged against the employee's assessment of it. Without one, against their newest assessment.")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c =>
            {
                await Manager(c, "managerId").LogInteraction(c.GetArgument<string>("employeeId"), c.GetArgument<Hat>("hat"),
                    Inputs.OptionalText(c.GetArgument<string?>("note"), "note"), c.IdempotencyKey(), c.GetArgument<string?>("task"));
                return true;
            });

        Field<NonNullGraphType<CoachingSessionType>>("startCoachingSession").Authorize(Policies.CoachOfEmployee("employeeId"))
            .Description("Starts a GROW session in GOAL with an employee of your team; it counts as a COACH interaction.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Argument<NonNullGraphType<StringGraphType>>("goal")
            .Argument<LanguageType>("language", "Of prompts and feedback; detected from the goal when omitted.")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<IManagerGrain>(Require.Key(c.Principal().SubjectId, EntityKinds.Manager, "Manager").ToString())
                .StartCoachingSession(c.GetArgument<string>("employeeId"), Inputs.Sentence(c.GetArgument<string>("goal"), "goal"), c.GetArgument<Language?>("language"),
                    c.IdempotencyKey()));

        Field<NonNullGraphType<QuestionAnalysisType>>("recordQuestion").Authorize(Policies.ManagerOfSession("sessionId"))
            .Description("Stores a question you asked in the current stage and returns its analysis.")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Session(c).RecordQuestion(Inputs.Sentence(c.GetArgument<string>("text"), "text"), c.IdempotencyKey()));

        Field<NonNullGraphType<CoachingSessionType>>("addSessionNote").Authorize(Policies.ManagerOfSession("sessionId"))
            .Description("Keeps notes for the current stage without moving on, e.g. the options found so far in OPTIONS (one per line).")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId")
            .Argument<NonNullGraphType<StringGraphType>>("notes")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Session(c).AddNote(Inputs.Text(c.GetArgument<string>("notes"), "notes"), c.IdempotencyKey()));

        Field<NonNullGraphType<CoachingSessionType>>("advanceSession").Authorize(Policies.ManagerOfSession("sessionId"))
            .Description("Keeps the notes for the current stage and moves to the next GROW stage; WILL needs an action item first.")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId")
            .Argument<StringGraphType>("notes")
            .Argument<GrowStageType>("from", "The stage you move on from. A session already past it (your retry, or a move made elsewhere) is " +
                "answered as it is, without moving again; one not yet in it is a CONFLICT. Without it the session moves on from wherever it is.")
            .ResolveAsync(async c => await Session(c).Advance(Inputs.OptionalText(c.GetArgument<string?>("notes"), "notes"), c.GetArgument<GrowStage?>("from")));

        Field<NonNullGraphType<ActionItemType>>("addAction").Authorize(Policies.ManagerOfSession("sessionId"))
            .Description("Adds an action item in WILL: what, by when (today or later), who (the employee by default) and what is needed.")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId")
            .Argument<NonNullGraphType<StringGraphType>>("description")
            .Argument<NonNullGraphType<DateType>>("dueDate", "From today up to a year ahead.")
            .Argument<ActionOwnerType>("owner", a => a.DefaultValue = ActionOwner.Employee)
            .Argument<StringGraphType>("needs", "What is needed to make it happen.")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Session(c).AddAction(Inputs.Text(c.GetArgument<string>("description"), "description"),
                c.GetArgument<DateOnly>("dueDate"), c.GetArgument("owner", ActionOwner.Employee), Inputs.OptionalText(c.GetArgument<string?>("needs"), "needs"),
                c.IdempotencyKey()));

        Field<NonNullGraphType<ActionItemType>>("completeAction").Authorize(Policies.ParticipantOfAction("actionId"))
            .Description("Marks an action item done (also after the session); its nudges clear. The session's manager or employee.")
            .Argument<NonNullGraphType<IdGraphType>>("actionId")
            .ResolveAsync(async c =>
            {
                var actionId = c.GetArgument<string>("actionId");
                return await c.Grains().GetGrain<ICoachingSessionGrain>(CoachingIds.SessionOfAction(actionId)!).CompleteAction(actionId);
            });

        Field<NonNullGraphType<TeamType>>("recordTeamPulse").Authorize(Policies.LeadOrManageTeam("teamId"))
            .Description("Adds a pulse reading to the team's time series; energy and engagement 1..5 each.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IntGraphType>>("energy")
            .Argument<NonNullGraphType<IntGraphType>>("engagement")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Team(c, "teamId").RecordPulse(c.GetArgument<int>("energy"), c.GetArgument<int>("engagement"), c.IdempotencyKey()));

        Field<NonNullGraphType<TeamSessionType>>("startTeamSession").Authorize(Policies.LeadOrManageTeam("teamId"))
            .Description("Starts a team coaching session on a topic; the team's ideas are added with addTeamIdea, each with an owner.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await Team(c, "teamId").StartTeamSession(Inputs.Text(c.GetArgument<string>("topic"), "topic"), c.IdempotencyKey()));

        Field<NonNullGraphType<TeamIdeaType>>("addTeamIdea").Authorize(Policies.LeadOrManageTeamOfSession("teamSessionId"))
            .Description("Adds an idea of the team to a team session; ownerId is the team member (manager or employee) who takes it forward.")
            .Argument<NonNullGraphType<IdGraphType>>("teamSessionId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<NonNullGraphType<IdGraphType>>("ownerId")
            .IdempotencyKeyArgument()
            .ResolveAsync(async c => await c.Grains()
                .GetGrain<ITeamSessionGrain>(Require.Key(c.GetArgument<string>("teamSessionId"), EntityKinds.TeamSession, "Team session").ToString())
                .AddIdea(Inputs.Text(c.GetArgument<string>("text"), "text"), c.GetArgument<string>("ownerId"), c.IdempotencyKey()));

        Field<NonNullGraphType<ApiKeyType>>("issueApiKey").Authorize(Policies.KeyManagement)
            // The key's id in the entry: the way to find a lost or leaked key to revoke it.
            .Audited(AuditRule.Argument("tenantId").WithResultDetail(key => $"keyId={((IssuedApiKey)key).Id}"))
            .Description("Issues a key for a role in a tenant; the key text is returned once.")
            .Argument<NonNullGraphType<IdGraphType>>("tenantId")
            .Argument<NonNullGraphType<RoleType>>("role")
            .Argument<IdGraphType>("subjectId", "The manager or employee the key speaks for (MANAGER and EMPLOYEE keys).")
            .ResolveAsync(async c =>
            {
                var principal = await c.RequestServices!.GetRequiredService<KeyIssuingRules>().CheckNewKey(
                    c.Guard(), c.GetArgument<string>("tenantId"), c.GetArgument<Role>("role"), c.GetArgument<string?>("subjectId"));
                return await c.RequestServices!.GetRequiredService<ApiKeyIssuer>().IssueAsync(principal, c.Principal());
            });

        Field<NonNullGraphType<BooleanGraphType>>("revokeApiKey").Authorize(Policies.KeyManagement).Audited(AuditRule.Noted(RevokedKeyTenant))
            .Description("Revokes a key at once, everywhere.")
            .Argument<NonNullGraphType<IdGraphType>>("keyId")
            .ResolveAsync(async c =>
            {
                var keyId = c.GetArgument<string>("keyId");
                var key = c.Grains().GetGrain<IApiKeyGrain>(EntityId.IsValidPart(keyId) ? keyId : "key-invalid");
                if (await key.GetPrincipal() is not { } holder
                    || !await c.RequestServices!.GetRequiredService<KeyIssuingRules>().MayManageKeyFor(c.Guard(), holder))
                    throw PlatformException.NotFound("API key", keyId);
                c.UserContext[RevokedKeyTenant] = holder.TenantId; // the audit entry goes to the key holder's tenant
                return await key.Revoke();
            });
    }

    private const string RevokedKeyTenant = "audit.revokedKeyTenant";

    private static ICoachingSessionGrain Session(IResolveFieldContext c) =>
        c.Grains().GetGrain<ICoachingSessionGrain>(Require.Key(c.GetArgument<string>("sessionId"), EntityKinds.CoachingSession, "Coaching session").ToString());

    private static IManagerGrain Manager(IResolveFieldContext c, string argument) =>
        c.Grains().GetGrain<IManagerGrain>(Require.Key(c.GetArgument<string>(argument), EntityKinds.Manager, "Manager").ToString());

    private static ITeamGrain Team(IResolveFieldContext c, string argument) =>
        c.Grains().GetGrain<ITeamGrain>(Require.Key(c.GetArgument<string>(argument), EntityKinds.Team, "Team").ToString());
}
