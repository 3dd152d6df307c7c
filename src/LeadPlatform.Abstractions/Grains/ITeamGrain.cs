using LeadPlatform.Abstractions.Model;

using Orleans.Concurrency;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>A team. Key: <c>{organisationId}/team-…</c>.</summary>
[Alias("leadplatform.ITeamGrain")]
public interface ITeamGrain : ITenantOwnedGrain
{
    [Alias("Create")] Task<TeamInfo> Create(string name);

    /// <summary>Takes a new name. Only its organisation calls it, which keeps names unique among its teams.</summary>
    [Alias("Rename")] Task<TeamInfo> Rename(string validName);

    /// <summary>The team, or null. Interleaves: members ask it while the team may be waiting on them (crisis push).</summary>
    [AlwaysInterleave, Alias("Get")] Task<TeamInfo?> Get();

    /// <summary>
    /// Adds the manager who leads this team (one per team). With an <paramref name="idempotencyKey"/>, a retry answers the
    /// manager the first attempt added.
    /// </summary>
    [Alias("AddManager")] Task<ManagerInfo> AddManager(string name, string? idempotencyKey = null);

    /// <summary>Adds an employee. With an <paramref name="idempotencyKey"/>, a retry answers the employee the first attempt added.</summary>
    [Alias("AddEmployee")] Task<EmployeeInfo> AddEmployee(string name, string? idempotencyKey = null);

    /// <summary>Onboarding: adds the manager and employees named in the rows that are not there yet (matched by name).</summary>
    [Alias("ImportMembers")] Task<ImportResult> ImportMembers(ImportMemberRow[] rows);

    /// <summary>Starts or lifts a crisis; the members learn it at once, so their reads need no call here.</summary>
    [Alias("SetCrisis")] Task<TeamInfo> SetCrisis(bool active, string? reason);

    /// <summary>
    /// Adds a pulse reading (energy, engagement 1..5) to the team's bounded time series. With an
    /// <paramref name="idempotencyKey"/>, a retry adds nothing while the first attempt's reading is kept.
    /// </summary>
    [Alias("RecordPulse")] Task<TeamInfo> RecordPulse(int energy, int engagement, string? idempotencyKey = null);

    /// <summary>The pulse readings, oldest first.</summary>
    [Alias("GetPulse")] Task<PulseReading[]> GetPulse();

    /// <summary>Starts a team session. With an <paramref name="idempotencyKey"/>, a retry answers the session the first attempt started.</summary>
    [Alias("StartTeamSession")] Task<TeamSessionInfo> StartTeamSession(string topic, string? idempotencyKey = null);

    /// <summary>The team coaching sessions, newest last (bounded).</summary>
    [Alias("GetTeamSessionIds")] Task<string[]> GetTeamSessionIds();

    /// <summary>
    /// GDPR erasure: the employee leaves the team's lists, and the team remembers the id, so that a keyed
    /// <c>AddEmployee</c> retried later does not create them again; repeating it changes nothing.
    /// </summary>
    [Alias("RemoveEmployee")] Task RemoveEmployee(string employeeId);

    /// <summary>
    /// A move brought the employee here (the employee belongs to this team already): lists them, then tells them the
    /// team's crisis as it is once listed (any change after that reaches them with the other members). Repeatable.
    /// </summary>
    [Alias("AdmitMovedEmployee")] Task AdmitMovedEmployee(string employeeId);

    /// <summary>
    /// A move took the employee to another team: they leave this team's list and its copy of their advice. Unlike
    /// <see cref="RemoveEmployee"/>, the id is not remembered as erased. Repeatable.
    /// </summary>
    [Alias("ReleaseMovedEmployee")] Task ReleaseMovedEmployee(string employeeId);

    /// <summary>The organisation was archived: the team takes no new manager or employee from now on. Repeatable.</summary>
    [Alias("Archive")] Task Archive();

    /// <summary>
    /// The members, in the team's order, each with the current advice for <paramref name="task"/> (null when never
    /// assessed): one call for a whole team. NOT_FOUND when a member is unknown or being erased, as reading it alone.
    /// Interleaves: members it asks may be telling it about a change meanwhile.
    /// </summary>
    [AlwaysInterleave, Alias("GetMembersWithRecommendation")] Task<EmployeeWithAdvice[]> GetMembersWithRecommendation(string task);

    /// <summary>
    /// One member with the current advice for <paramref name="task"/>, from the team's copy as for
    /// <see cref="GetMembersWithRecommendation"/> (asked of the member when the team has none), or null when
    /// <paramref name="employeeId"/> is not a member (any more) or is being erased: the caller then reads the employee
    /// itself. A read that touches the team instead of the employee: a few team activations serve many employees' reads.
    /// Interleaves, as the whole team's read.
    /// </summary>
    [AlwaysInterleave, Alias("GetMemberWithRecommendation")] Task<EmployeeWithAdvice?> GetMemberWithRecommendation(string employeeId, string task);

    /// <summary>
    /// Called by a member before it saves a change to its advice (assessment, crisis, erasure), when the team may hold a
    /// copy: the team forgets it and asks the member at its next read. Returns the team's manager, or null. Interleaves
    /// (the team may be waiting on this member, e.g. pushing a crisis).
    /// </summary>
    [AlwaysInterleave, Alias("ForgetMemberAdvice")] Task<string?> ForgetMemberAdvice(string employeeId);
}
