using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// GROW conversation rules: GOAL → REALITY → OPTIONS → WILL → completed, one step at a time.
/// WILL must end in at least one concrete action item, because a coaching conversation without a
/// next step changes nothing; a completed session is closed for good.
/// </summary>
public static class GrowStageMachine
{
    /// <summary>Why WILL cannot be closed yet.</summary>
    public const string WillNeedsActionRefusal =
        "Add at least one action item in WILL before completing the session.";

    /// <summary>Why a completed session cannot move on.</summary>
    public const string AlreadyCompletedRefusal =
        "The session is completed; it cannot advance any further.";

    // Open questions per stage, written for the manager to say out loud. REALITY includes the two
    // active-listening moves from the method: summarise what you heard, and ask for the feeling.
    private static readonly Dictionary<(GrowStage, Language), string[]> StagePrompts = new()
    {
        [(GrowStage.Goal, Language.En)] =
        [
            "What would you like to achieve in this conversation?",
            "What would a good outcome look like for you?",
            "How will you know that you have reached your goal?",
            "Why is this goal important to you?",
        ],
        [(GrowStage.Goal, Language.Nl)] =
        [
            "Wat wil je uit dit gesprek halen?",
            "Hoe ziet een goed resultaat er voor jou uit?",
            "Waaraan merk je dat je je doel bereikt hebt?",
            "Waarom is dit doel belangrijk voor jou?",
        ],
        [(GrowStage.Reality, Language.En)] =
        [
            "What is happening right now?",
            "What have you tried so far?",
            "So if I understand you correctly, … What have I missed?",
            "How is that for you?",
            "What is getting in the way?",
        ],
        [(GrowStage.Reality, Language.Nl)] =
        [
            "Wat speelt er op dit moment?",
            "Wat heb je zelf al geprobeerd?",
            "Dus als ik het goed begrijp, … Wat mis ik nog?",
            "Hoe is dat voor jou?",
            "Waar loop je tegenaan?",
        ],
        [(GrowStage.Options, Language.En)] =
        [
            "What options do you see?",
            "What else could you do?",
            "What would you do if there were no constraints?",
            "Who could help you with this?",
            "Which option appeals to you most, and why?",
        ],
        [(GrowStage.Options, Language.Nl)] =
        [
            "Welke mogelijkheden zie je zelf?",
            "Wat zou je nog meer kunnen doen?",
            "Wat zou je doen als alles mogelijk was?",
            "Wie kan je hierbij helpen?",
            "Welke optie spreekt je het meest aan, en waarom?",
        ],
        [(GrowStage.Will, Language.En)] =
        [
            "What will you do, and by when?",
            "What is your first step?",
            "What do you need to make it happen?",
            "Who needs to know about your plan?",
            "How will you know that you are making progress?",
        ],
        [(GrowStage.Will, Language.Nl)] =
        [
            "Wat ga je doen, en wanneer?",
            "Wat is je eerste stap?",
            "Wat heb je nodig om het te laten slagen?",
            "Wie moet er van je plan weten?",
            "Waaraan merk je dat je vooruitgang boekt?",
        ],
    };

    /// <summary>
    /// Whether a session in <paramref name="current"/> may move to the next stage, given how many
    /// action items it has. Refused moves keep the session where it is.
    /// </summary>
    public static GrowAdvance Advance(GrowStage current, int actionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(actionCount);
        return current switch
        {
            GrowStage.Goal => new GrowAdvance(true, GrowStage.Reality, null),
            GrowStage.Reality => new GrowAdvance(true, GrowStage.Options, null),
            GrowStage.Options => new GrowAdvance(true, GrowStage.Will, null),
            GrowStage.Will when actionCount >= 1 => new GrowAdvance(true, GrowStage.Completed, null),
            GrowStage.Will => new GrowAdvance(false, GrowStage.Will, WillNeedsActionRefusal),
            GrowStage.Completed => new GrowAdvance(false, GrowStage.Completed, AlreadyCompletedRefusal),
            _ => throw new ArgumentOutOfRangeException(nameof(current), current, "Unknown GROW stage."),
        };
    }

    /// <summary>The open questions that fit a stage; a completed session has none.</summary>
    public static IReadOnlyList<string> Prompts(GrowStage stage, Language language)
    {
        if (stage == GrowStage.Completed) return [];
        return StagePrompts.TryGetValue((stage, language), out var prompts)
            ? prompts
            : throw new ArgumentOutOfRangeException(nameof(stage), stage, $"No prompts for {stage} in {language}.");
    }
}
