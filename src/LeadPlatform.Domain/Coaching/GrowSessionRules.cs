namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// What a GROW session allows in each stage, with refusals that say what is allowed now, so a
/// manager who tries the wrong thing learns the next step instead of only hearing "no".
/// </summary>
/// <remarks>
/// Questions and notes belong to the open stages (GOAL … WILL); action items are agreed in WILL only,
/// because options must be explored before anything is committed; following actions up (completing
/// them) is allowed in every stage, also after the session is completed.
/// </remarks>
public static class GrowSessionRules
{
    /// <summary>Questions a session keeps; more would only grow the state, never the conversation.</summary>
    public const int MaxQuestions = 200;

    /// <summary>Notes a session keeps over all its stages.</summary>
    public const int MaxNotes = 50;

    /// <summary>Action items a session keeps: a WILL stage with more than this is no longer concrete.</summary>
    public const int MaxActions = 20;

    public static bool AcceptsQuestions(GrowStage stage) => stage != GrowStage.Completed;

    public static bool AcceptsActions(GrowStage stage) => stage == GrowStage.Will;

    /// <summary>One sentence: what the manager can do in this stage.</summary>
    public static string AllowedNow(GrowStage stage, int actionCount) => stage switch
    {
        GrowStage.Goal => "In GOAL you can record questions and advance to REALITY with notes on the goal.",
        GrowStage.Reality => "In REALITY you can record questions and advance to OPTIONS with notes on the current situation.",
        GrowStage.Options => "In OPTIONS you can record questions and advance to WILL with the options you found, one per line.",
        GrowStage.Will when actionCount == 0 => "In WILL you can record questions and add action items.",
        GrowStage.Will => "In WILL you can record questions, add action items and advance to complete the session.",
        GrowStage.Completed => "Its action items can still be completed; start a new session to coach further.",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown GROW stage."),
    };

    /// <summary>Why an action item cannot be added now, or null when it can.</summary>
    public static string? ActionRefusal(GrowStage stage, int actionCount) =>
        AcceptsActions(stage)
            ? actionCount >= MaxActions ? $"A session holds at most {MaxActions} action items." : null
            : $"Action items are agreed in WILL; the session is in {Name(stage)}. {AllowedNow(stage, actionCount)}";

    /// <summary>Why a question cannot be recorded now, or null when it can.</summary>
    public static string? QuestionRefusal(GrowStage stage, int questionCount, int actionCount) =>
        !AcceptsQuestions(stage) ? $"The session is completed: questions are recorded during the conversation. {AllowedNow(stage, actionCount)}"
        : questionCount >= MaxQuestions ? $"A session holds at most {MaxQuestions} questions."
        : null;

    /// <summary>
    /// Whether an advance that names the stage it moves on from (<paramref name="from"/>) may move the session now. True
    /// when the session is in that stage; false when it is already past it: the caller's own earlier attempt, whose answer
    /// was lost, or a move made elsewhere, and either way the caller's intent holds, so nothing moves again. A session not
    /// yet in that stage is refused (null refusal otherwise).
    /// </summary>
    public static (bool Move, string? Refusal) AdvanceFrom(GrowStage stage, GrowStage from, int actionCount) =>
        stage == from ? (true, null)
        : stage > from ? (false, null)
        : (false, $"The session is in {Name(stage)}, not yet in {Name(from)}. {AllowedNow(stage, actionCount)}");

    /// <summary>How far ahead an action may be due: what a coaching conversation agrees is for the coming months, not years.</summary>
    public const int MaxDueDays = 365;

    /// <summary>
    /// Why a due date is not acceptable, or null: an action cannot be due before today, nor more than a year ahead (a
    /// mistyped year, 2205 for 2025, would otherwise be kept and never nudge anyone).
    /// </summary>
    public static string? DueDateProblem(DateOnly dueDate, DateOnly today) =>
        dueDate < today ? $"must not be in the past (today is {today:yyyy-MM-dd})"
        : dueDate > today.AddDays(MaxDueDays) ? $"must be at most {MaxDueDays} days from today (at the latest {today.AddDays(MaxDueDays):yyyy-MM-dd})"
        : null;

    /// <summary>The stage as the API spells it (GOAL, REALITY …).</summary>
    public static string Name(GrowStage stage) => stage.ToString().ToUpperInvariant();
}
