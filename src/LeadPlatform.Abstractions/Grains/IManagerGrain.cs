using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Leadership.Fit;
using Orleans.Concurrency;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// A manager. Key: <c>{organisationId}/mgr-…</c>. Keeps the manager's record of hats and the follow-up ledger
/// (open action items, last coaching moment) that an hourly reminder turns into nudges.
/// </summary>
[Alias("leadplatform.IManagerGrain")]
public interface IManagerGrain : ITenantOwnedGrain
{
    [Alias("Create")] Task<ManagerInfo> Create(string name, string teamId);

    /// <summary>
    /// The manager (name and team never change). Interleaves because the manager's adoption grain may ask for
    /// the team while a fact this very grain reports is on its way.
    /// </summary>
    [AlwaysInterleave, Alias("Get")] Task<ManagerInfo?> Get();

    /// <summary>
    /// Starts a GROW session with an employee of the manager's own team; it counts as a COACH interaction. With an
    /// <paramref name="idempotencyKey"/>, a retry answers the session the first attempt started and counts it once.
    /// </summary>
    [Alias("StartCoachingSession")] Task<CoachingSessionInfo> StartCoachingSession(string employeeId, string goal, Language? language, string? idempotencyKey = null);

    /// <summary>The manager's coaching sessions, newest last (bounded).</summary>
    [Alias("GetCoachingSessionIds")] Task<string[]> GetCoachingSessionIds();

    /// <summary>
    /// Records an interaction with an employee of the team, judged against the style recommended now for
    /// <paramref name="task"/> (an employee is assessed per task), or without one for their newest assessment. With an
    /// <paramref name="idempotencyKey"/>, a retry answers the interaction the first attempt recorded and counts it once.
    /// </summary>
    [Alias("LogInteraction")] Task<LoggedInteraction> LogInteraction(string employeeId, Hat hat, string? note, string? idempotencyKey = null, string? task = null);

    /// <summary>The recorded interactions, oldest first (bounded).</summary>
    [Alias("GetInteractions")] Task<LoggedInteraction[]> GetInteractions();

    /// <summary>Hats worn, style-fit rate and the one-size-fits-all flag.</summary>
    [Alias("GetHatSummary")] Task<HatSummary> GetHatSummary();

    /// <summary>Pushed by a session when one of its action items is added or completed.</summary>
    [Alias("TrackAction")] Task TrackAction(ActionItem action);

    /// <summary>The nudges that stand now: overdue and due-soon actions, and a coaching gap.</summary>
    [Alias("GetNudges")] Task<RaisedNudge[]> GetNudges();

    /// <summary>
    /// GDPR erasure: forgets the interactions about the employee (notes included), the given coaching sessions and
    /// the follow-up ledger's actions of that employee; adoption counts already reported stay. Repeatable.
    /// </summary>
    [Alias("ForgetEmployee")] Task ForgetEmployee(string employeeId, string[] sessionIds);
}
