using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// The advice shown with each pitfall: short, kind and something the manager can do in the next
/// sentence, in the session language.
/// </summary>
internal static class PitfallAdvice
{
    public static string SolutionBeforeOptions(Language language) => language == Language.Nl
        ? "Houd je oplossing nog even vast: het doel en de huidige situatie zijn nog niet goed verkend. "
          + "Vraag eerst door, bijvoorbeeld: “Wat heb je zelf al geprobeerd?”, en bewaar je idee voor de fase Options (mogelijkheden)."
        : "Hold your solution for a moment: the goal and the current situation are not fully explored yet. "
          + "Ask first, for example: “What have you tried so far?”, and save your idea for the OPTIONS stage.";

    public static string SolutionWithFewOptions(Language language) => language == Language.Nl
        ? "Laat de ander eerst zelf opties bedenken: er zijn nog geen twee opties genoteerd. "
          + "Vraag: “Welke mogelijkheden zie je zelf?”, en breng je eigen idee daarna in als één optie naast de andere."
        : "Let them come up with options first: fewer than two options are noted so far. "
          + "Ask: “What options do you see yourself?”, and add your own idea afterwards as one option among the others.";

    public static string TherapyDrift(Language language) => language == Language.Nl
        ? "Dit gaat over gezondheid of privéleven buiten het werk. Toon begrip, en breng het gesprek dan rustig terug "
          + "naar het werk en de professionele doelen. Voor de rest kun je verwijzen naar HR, de bedrijfsarts, de huisarts "
          + "of het bedrijfsmaatschappelijk werk (EAP)."
        : "This touches on health or private life outside work. Show that you care, then gently bring the conversation "
          + "back to work and professional goals. For the rest, point them to HR, the company doctor, their own doctor "
          + "or the employee assistance programme (EAP).";

    public static string IntuitionWithoutFacts(Language language) => language == Language.Nl
        ? "Dat is een gevoel zonder feiten erbij. Noem wat je concreet zag of hoorde (wanneer, wat precies, welke cijfers), "
          + "of vraag wat de ander zelf merkt: “Wat merk jij hiervan?”"
        : "That is a gut feeling without facts behind it yet. Add what you actually saw or heard (when, what exactly, "
          + "which figures), or ask what they notice themselves: “What have you noticed about this?”";

    /// <summary>How many questions were closed, plus an open rephrasing for each closed question.</summary>
    public static string ClosedQuestionsDominate(
        Language language, int closed, int asked, IEnumerable<(string Question, string Rephrasing)> rephrasings)
    {
        var tries = string.Join("; ", rephrasings.Select(r => $"“{r.Question}” → “{r.Rephrasing}”"));
        return language == Language.Nl
            ? $"{closed} van je {asked} vragen waren met ja of nee te beantwoorden. Open vragen laten de ander zelf "
              + $"nadenken en vertellen. Probeer eens: {tries}."
            : $"{closed} of your {asked} questions could be answered with yes or no. Open questions let the other person "
              + $"think and talk. Try instead: {tries}.";
    }
}
