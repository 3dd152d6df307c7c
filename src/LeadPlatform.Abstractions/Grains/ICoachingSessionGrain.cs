using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;
using Orleans.Concurrency;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// One GROW coaching conversation of a manager with an employee. Key: <c>{organisationId}/sess-…</c>.
/// Started by <see cref="IManagerGrain.StartCoachingSession"/>; wrong-stage calls are CONFLICT with what is allowed now.
/// </summary>
[Alias("leadplatform.ICoachingSessionGrain")]
public interface ICoachingSessionGrain : ITenantOwnedGrain
{
    /// <summary>Opens the session in GOAL; the language (of prompts and feedback) is detected from the goal when null.</summary>
    [Alias("Start")] Task<CoachingSessionInfo> Start(string managerId, string employeeId, string goal, Language? language);

    /// <summary>
    /// Interleaves: the manager reads its session for a retried start while the session may be waiting on the manager
    /// (an action handed to its ledger); without it the two waited for each other until the call timed out.
    /// </summary>
    [AlwaysInterleave, Alias("Get")] Task<CoachingSessionInfo?> Get();

    /// <summary>
    /// Stores a question the manager asked, in the current stage, and returns its analysis. With an
    /// <paramref name="idempotencyKey"/>, a retry answers the first attempt's analysis and counts the question once.
    /// </summary>
    [Alias("RecordQuestion")] Task<QuestionAnalysis> RecordQuestion(string text, string? idempotencyKey = null);

    /// <summary>Keeps notes for the current stage without moving on (in OPTIONS: the options found so far).</summary>
    [Alias("AddNote")] Task<CoachingSessionInfo> AddNote(string notes, string? idempotencyKey = null);

    /// <summary>
    /// Keeps the notes for the current stage and moves to the next one. With <paramref name="from"/> (the stage the caller
    /// moves on from), a session already past it is answered as it is, so a retry does not skip a stage.
    /// </summary>
    [Alias("Advance")] Task<CoachingSessionInfo> Advance(string? notes, GrowStage? from = null);

    /// <summary>
    /// Adds an action item (WILL only; the due date not before today). With an <paramref name="idempotencyKey"/>, a retry
    /// answers the action the first attempt added, in any stage, and hands it to the manager's follow-up ledger again.
    /// </summary>
    [Alias("AddAction")] Task<ActionItem> AddAction(string description, DateOnly dueDate, ActionOwner owner, string? needs, string? idempotencyKey = null);

    /// <summary>Marks an action item done (in any stage: follow-up happens after the conversation); repeating it changes nothing.</summary>
    [Alias("CompleteAction")] Task<ActionItem> CompleteAction(string actionId);

    /// <summary>
    /// GDPR erasure: hands on adoption facts not yet delivered (the counts stay), then deletes the session's state;
    /// UNAVAILABLE when the facts cannot be delivered now. Nothing happens when the session is already gone.
    /// </summary>
    [Alias("Erase")] Task Erase();
}
