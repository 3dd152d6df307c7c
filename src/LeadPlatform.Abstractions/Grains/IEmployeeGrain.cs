using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>An employee. Key: <c>{organisationId}/emp-…</c>. Holds assessments per task.</summary>
[Alias("leadplatform.IEmployeeGrain")]
public interface IEmployeeGrain : ITenantOwnedGrain
{
    /// <summary>Creates the employee; <paramref name="teamCrisis"/> is the team's crisis state at that moment.</summary>
    [Alias("Create")] Task<EmployeeInfo> Create(string name, string teamId, bool teamCrisis);

    [Alias("Get")] Task<EmployeeInfo?> Get();

    /// <summary>
    /// A manager's assessment of one task. Refused (FORBIDDEN) when the employee's team is not one <paramref name="gate"/>
    /// admits: the manager's access check and the write in one call. With an <paramref name="idempotencyKey"/>, a retry
    /// answers the first attempt's assessment and counts it once, while that is the task's newest or in the open history page.
    /// </summary>
    [Alias("Assess")] Task<Assessment> Assess(string task, Competence competence, Commitment commitment, TeamGate gate, string? idempotencyKey = null);

    /// <summary>The newest assessment per task, newest first.</summary>
    [Alias("GetAssessments")] Task<Assessment[]> GetAssessments();

    /// <summary>The current advice for a task (crisis-aware), or null when the task was never assessed.</summary>
    [Alias("GetRecommendation")] Task<StyleAdvice?> GetRecommendation(string task);

    /// <summary><see cref="Get"/> and <see cref="GetRecommendation"/> in one call (a team's members with their advice); null when unknown.</summary>
    [Alias("GetWithRecommendation")] Task<EmployeeWithAdvice?> GetWithRecommendation(string task);

    /// <summary>What the current advice depends on, for the team's copy (<see cref="ITeamGrain.GetMembersWithRecommendation"/>); null when unknown.</summary>
    [Alias("GetMemberAdvice")] Task<MemberAdvice?> GetMemberAdvice();

    /// <summary>The employee's own assessment of a task (self-assessment), kept apart from the manager's.</summary>
    [Alias("AssessSelf")] Task<Assessment> AssessSelf(string task, Competence competence, Commitment commitment);

    /// <summary>Per task, the manager's and the employee's newest assessment side by side, newest task first.</summary>
    [Alias("GetAssessmentComparisons")] Task<AssessmentComparison[]> GetAssessmentComparisons();

    /// <summary>
    /// The advice for the manager's assessment of <paramref name="task"/>, or without one for the newest assessment, crisis-aware:
    /// the style that fits "right now"; null when that task (or anything) was never assessed.
    /// </summary>
    [Alias("GetAdvice")] Task<StyleAdvice?> GetAdvice(string? task = null);

    /// <summary>
    /// Called by the manager: lists the session, then starts it (<see cref="ICoachingSessionGrain.Start"/>), in one turn of
    /// this grain. An erasure, which begins here too, so comes wholly before (no session is started) or after (it finds the
    /// session in the list). A start that fails leaves an id with no session, which lists skip and erasures pass over.
    /// </summary>
    [Alias("StartCoachingSession")] Task<CoachingSessionInfo> StartCoachingSession(string sessionId, string managerId, string goal, Language? language);

    /// <summary>The employee's coaching sessions, newest last (bounded).</summary>
    [Alias("GetCoachingSessionIds")] Task<string[]> GetCoachingSessionIds();

    /// <summary>Pushed by the team when its crisis starts or ends: by teams on older silos, during a rollout.</summary>
    [Alias("SetTeamCrisis")] Task SetTeamCrisis(bool active);

    /// <summary>
    /// Pushed by team <paramref name="teamId"/> when its crisis starts or ends, and when a move brings the employee in.
    /// Ignored unless it is the employee's team: a team the employee is leaving lists them until the move finishes.
    /// </summary>
    [Alias("SetTeamCrisisOf")] Task SetTeamCrisisOf(string teamId, bool active);

    /// <summary>
    /// First step of a move to another team of the organisation (the organisation drives it, see
    /// <c>IOrganisationGrain.MoveEmployee</c>): hands the adoption facts still owed to the current team's manager, then
    /// belongs to <paramref name="toTeamId"/> for everyone who reads or acts on the employee, and remembers the team it
    /// left (a GDPR erasure visits every team's manager). Null when already in that team. UNAVAILABLE when the owed facts
    /// cannot be handed on yet; CONFLICT while an earlier move has not finished.
    /// </summary>
    [Alias("BeginMove")] Task<EmployeeMove?> BeginMove(string toTeamId, bool toTeamCrisis);

    /// <summary>A move whose first step was saved and whose last step was not (its teams' lists may not show it yet), or null.</summary>
    [Alias("GetUnfinishedMove")] Task<EmployeeMove?> GetUnfinishedMove();

    /// <summary>Last step of a move, once both teams' lists show it. Repeatable.</summary>
    [Alias("CompleteMove")] Task CompleteMove();

    /// <summary>Everything held about the person, for a GDPR export; NOT_FOUND when unknown or being erased.</summary>
    [Alias("GetPersonalData")] Task<EmployeePersonalData> GetPersonalData();

    /// <summary>Pushed by an API key that speaks for this employee when it is registered, so an erasure can find it.</summary>
    [Alias("AddApiKey")] Task AddApiKey(string keyId);

    /// <summary>
    /// First step of a GDPR erasure: drops the personal data at once, keeps only what the rest of the erasure must
    /// visit, and from now on the employee is NOT_FOUND to everyone. Repeatable: returns the same plan until
    /// <see cref="CompleteErasure"/>; NOT_FOUND once the erasure completed.
    /// </summary>
    [Alias("BeginErasure")] Task<EmployeeErasurePlan> BeginErasure();

    /// <summary>Last step of a GDPR erasure: deletes the grain's state; nothing happens when it is already gone.</summary>
    [Alias("CompleteErasure")] Task CompleteErasure();
}
