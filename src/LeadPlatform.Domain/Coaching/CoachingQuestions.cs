using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// Open questions that fit each leadership style, for a manager to say out loud. Even DIRECTING
/// checks understanding with open questions: the manager decides the how, but still asks.
/// </summary>
public static class CoachingQuestions
{
    private static readonly Dictionary<(LeadershipStyle, Language), string[]> QuestionsByStyle = new()
    {
        // S1: clear instructions, then check openly that they landed.
        [(LeadershipStyle.Directing, Language.En)] =
        [
            "What do you need from me to get started?",
            "How would you describe the first step in your own words?",
            "What is still unclear about the task?",
            "Which part would you like me to show you first?",
            "When shall we check together how it is going?",
        ],
        [(LeadershipStyle.Directing, Language.Nl)] =
        [
            "Wat heb je van mij nodig om te kunnen beginnen?",
            "Hoe zou je de eerste stap in je eigen woorden beschrijven?",
            "Wat is je nog niet duidelijk aan de opdracht?",
            "Welk deel zal ik je als eerste voordoen?",
            "Wanneer zullen we samen kijken hoe het gaat?",
        ],
        // S2: direction plus support: explore what was tried and what discourages.
        [(LeadershipStyle.Coaching, Language.En)] =
        [
            "What have you tried so far, and what did you learn from it?",
            "What makes this difficult for you right now?",
            "Which part would you like to work out together?",
            "What would help you feel more confident about this?",
            "How can I support you in the next step?",
        ],
        [(LeadershipStyle.Coaching, Language.Nl)] =
        [
            "Wat heb je zelf al geprobeerd, en wat heb je daarvan geleerd?",
            "Wat maakt dit op dit moment lastig voor je?",
            "Welk deel zullen we samen uitwerken?",
            "Wat zou je helpen om hier meer vertrouwen in te krijgen?",
            "Hoe kan ik je steunen bij de volgende stap?",
        ],
        // S3: they can do it; ask, listen and hand the thinking back.
        [(LeadershipStyle.Supporting, Language.En)] =
        [
            "How would you approach this yourself?",
            "What options do you see?",
            "What do you need to feel confident enough to decide?",
            "What has worked for you in similar situations?",
            "Where would you like my support?",
        ],
        [(LeadershipStyle.Supporting, Language.Nl)] =
        [
            "Hoe zou je dit zelf aanpakken?",
            "Welke mogelijkheden zie je zelf?",
            "Wat heb je nodig om met vertrouwen te kunnen beslissen?",
            "Wat werkte eerder voor jou in vergelijkbare situaties?",
            "Waarbij wil je mijn steun?",
        ],
        // S4: agree the result, hand over responsibility, stay available.
        [(LeadershipStyle.Delegating, Language.En)] =
        [
            "What result are you aiming for?",
            "How will you keep me informed about the progress?",
            "What would you like to decide on your own?",
            "When would you like to review the result together?",
            "Who else do you want to involve?",
        ],
        [(LeadershipStyle.Delegating, Language.Nl)] =
        [
            "Welk resultaat wil je bereiken?",
            "Hoe hou je me op de hoogte van de voortgang?",
            "Wat wil je helemaal zelf beslissen?",
            "Wanneer willen we samen naar het resultaat kijken?",
            "Wie wil je er nog bij betrekken?",
        ],
    };

    /// <summary>The open questions for one style in one language.</summary>
    public static IReadOnlyList<string> For(LeadershipStyle style, Language language) =>
        QuestionsByStyle.TryGetValue((style, language), out var questions)
            ? questions
            : throw new ArgumentOutOfRangeException(nameof(style), style, $"No questions for {style} in {language}.");
}
