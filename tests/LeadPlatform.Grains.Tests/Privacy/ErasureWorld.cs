using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>
/// A team whose employee "Jan" has a history in every grain that can hold data about him: assessments (a sealed page
/// of history on "Planning", then two on "Tickets") and a self-assessment, a coaching session in WILL with a note, a question and an open action, an interaction note,
/// a team idea and an API key. His colleague Sanne has an idea in the same team session.
/// </summary>
internal sealed record ErasureWorld(
    string OrganisationId, string TeamId, string ManagerId, string EmployeeId, string ColleagueId,
    string SessionId, string ActionId, string TeamSessionId, string KeyId, string[] MoreSessionIds)
{
    public const string Goal = "Handle escalations within one working day";
    public const string Note = "Three escalations a day, each waits two days.";
    public const string Question = "What have you tried so far?";
    public const string Action = "Write a macro for the usual answers";
    public const string InteractionNote = "Talked about his workload";
    public const string Idea = "Jan pairs with newcomers on escalations";
    public const string ColleagueIdea = "A checklist before closing a ticket";

    /// <param name="moreSessions">Earlier coaching sessions with Jan, each with a goal only (enough of them fill session id pages).</param>
    public static async Task<ErasureWorld> Build(IGrainFactory grains, int moreSessions = 0)
    {
        var organisationId = EntityId.New("org");
        await grains.GetGrain<IOrganisationGrain>(organisationId).Create("Acme", null);
        var teamId = (await grains.GetGrain<IOrganisationGrain>(organisationId).AddTeam("Support")).Id;
        var team = grains.GetGrain<ITeamGrain>(teamId);
        var managerId = (await team.AddManager("Mila")).Id;
        var employeeId = (await team.AddEmployee("Jan Jansen")).Id;
        var colleagueId = (await team.AddEmployee("Sanne")).Id;

        var employee = grains.GetGrain<IEmployeeGrain>(employeeId);
        for (var i = 0; i < EmployeeGrain.HistoryLayout.PageSize; i++) await employee.Assess("Planning", Competence.High, Commitment.Variable, TeamGate.AnyTeam);
        await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        await employee.Assess("Tickets", Competence.Some, Commitment.Low, TeamGate.AnyTeam);
        await employee.AssessSelf("Tickets", Competence.High, Commitment.High);

        var manager = grains.GetGrain<IManagerGrain>(managerId);
        var moreSessionIds = new List<string>();
        for (var i = 0; i < moreSessions; i++) moreSessionIds.Add((await manager.StartCoachingSession(employeeId, $"{Goal} ({i})", Language.En)).Id);
        var sessionId = (await manager.StartCoachingSession(employeeId, Goal, Language.En)).Id;
        var session = grains.GetGrain<ICoachingSessionGrain>(sessionId);
        await session.RecordQuestion(Question);
        await session.Advance(null);
        await session.Advance(Note);
        await session.Advance(null);
        var actionId = (await session.AddAction(Action, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), ActionOwner.Employee, null)).Id;
        await manager.LogInteraction(employeeId, Hat.Coach, InteractionNote);
        await manager.LogInteraction(colleagueId, Hat.Manager, "Explained the new queue");

        var teamSessionId = (await team.StartTeamSession("Fewer escalations")).Id;
        await grains.GetGrain<ITeamSessionGrain>(teamSessionId).AddIdea(Idea, employeeId);
        await grains.GetGrain<ITeamSessionGrain>(teamSessionId).AddIdea(ColleagueIdea, colleagueId);

        var keyId = EntityId.New("key");
        await grains.GetGrain<IApiKeyGrain>(keyId).Register(ApiKeyText.Hash("secret-" + keyId), new Principal(organisationId, Role.Employee, employeeId));

        return new ErasureWorld(organisationId, teamId, managerId, employeeId, colleagueId, sessionId, actionId, teamSessionId, keyId, [.. moreSessionIds]);
    }
}
