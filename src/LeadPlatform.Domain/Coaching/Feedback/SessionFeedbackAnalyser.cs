using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// Coaching-quality feedback on a whole GROW session: the share of open questions and the pitfalls
/// from the method, each pointing at the sentence that showed it, with advice in the session language.
/// </summary>
/// <remarks>
/// Rules, applied to the utterances in time order (ties keep the order given):
/// <list type="bullet">
/// <item><b>Ratio</b>: recorded questions only; <see cref="QuestionAnalyser"/> decides open or closed
/// (the last question of an utterance counts); statements and notes do not count.</item>
/// <item><b>SolutionTooFast</b>: a recorded question or remark that hands over a solution in GOAL or
/// REALITY, or in OPTIONS while fewer than two options are noted — counted with
/// <see cref="OptionCounter"/> over the OPTIONS notes recorded before it, where the same option
/// noted twice is one option (so re-saved notes do not inflate the count). One pitfall per
/// solution-giving sentence. Notes are not judged for solutions: they record the conversation, and
/// the employee's own options read like instructions in note form ("bel de klant").</item>
/// <item><b>TherapyDrift</b>: a question or note about health, relationships, family or private life
/// outside work (see <see cref="TherapyTopics"/>); one per utterance.</item>
/// <item><b>ClosedQuestionsDominate</b>: at least 4 questions of which more than half closed; reported
/// once, at the first closed question, with an open rephrasing of every closed question.</item>
/// <item><b>IntuitionWithoutFacts</b>: a gut-feel sentence in a question or note with no observation
/// or figure anywhere in the same utterance (see <see cref="GutFeeling"/>); one per utterance.</item>
/// </list>
/// Pitfalls come back in time order. Blank utterances are skipped.
/// </remarks>
public static class SessionFeedbackAnalyser
{
    /// <summary>At least this many questions before the closed/open balance is judged.</summary>
    public const int MinimumQuestionsForBalance = 4;

    /// <summary>Options that must be noted before the manager's own idea is one option among others.</summary>
    public const int OptionsBeforeSolution = 2;

    public static SessionFeedback Analyse(IReadOnlyList<Utterance> utterances, Language language)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        if (utterances.Any(u => u is null))
            throw new ArgumentException("The utterances contain a null entry.", nameof(utterances));

        var inTimeOrder = utterances
            .Where(u => u.Text is not null && u.Text.Any(char.IsLetterOrDigit))
            .Select((utterance, index) => (Utterance: utterance, Index: index))
            .OrderBy(x => x.Utterance.At)
            .ThenBy(x => x.Index)
            .Select(x => x.Utterance)
            .ToList();

        var pitfalls = new List<Pitfall>();
        var optionsNoted = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<(Utterance Utterance, QuestionAnalysis Analysis)>();

        foreach (var utterance in inTimeOrder)
        {
            var sentences = Sentences.Split(utterance.Text);
            if (utterance.Source == UtteranceSource.Question)
            {
                var analysis = QuestionAnalyser.Analyse(utterance.Text, language);
                if (analysis.Kind != QuestionKind.Statement) questions.Add((utterance, analysis));
                if (analysis.GivesSolution && SolutionComesTooEarly(utterance.Stage, optionsNoted.Count))
                {
                    var advice = utterance.Stage == GrowStage.Options
                        ? PitfallAdvice.SolutionWithFewOptions(language)
                        : PitfallAdvice.SolutionBeforeOptions(language);
                    pitfalls.AddRange(SolutionSentences(utterance.Text, sentences, language)
                        .Select(trigger => Found(PitfallKind.SolutionTooFast, utterance, trigger, advice)));
                }
            }
            else if (utterance.Stage == GrowStage.Options)
            {
                foreach (var option in OptionCounter.Items(utterance.Text)) optionsNoted.Add(SameOptionKey(option));
            }

            if (sentences.FirstOrDefault(TherapyTopics.AreMentionedIn) is { } personal)
                pitfalls.Add(Found(PitfallKind.TherapyDrift, utterance, personal, PitfallAdvice.TherapyDrift(language)));

            if (sentences.FirstOrDefault(GutFeeling.IsVoicedIn) is { } feeling && !GutFeeling.HasFactsIn(utterance.Text))
                pitfalls.Add(Found(PitfallKind.IntuitionWithoutFacts, utterance, feeling, PitfallAdvice.IntuitionWithoutFacts(language)));
        }

        var open = questions.Count(q => q.Analysis.Kind == QuestionKind.Open);
        var closed = questions.Count - open;
        if (questions.Count >= MinimumQuestionsForBalance && closed * 2 > questions.Count)
            pitfalls.Add(ClosedQuestionsDominate(questions, language));

        // Stable sort: pitfalls of the same moment keep the order they were found in.
        var ordered = pitfalls.OrderBy(p => p.At).ToList();
        var ratio = questions.Count == 0 ? 0d : (double)open / questions.Count;
        return new SessionFeedback(ratio, open, closed, ordered);
    }

    /// <summary>Before OPTIONS always; in OPTIONS until two options are on the table.</summary>
    private static bool SolutionComesTooEarly(GrowStage stage, int optionsNoted) => stage switch
    {
        GrowStage.Goal or GrowStage.Reality => true,
        GrowStage.Options => optionsNoted < OptionsBeforeSolution,
        _ => false,
    };

    /// <summary>The sentences that hand over a solution on their own, or the whole text when only the whole does.</summary>
    private static IEnumerable<string> SolutionSentences(string text, IReadOnlyList<string> sentences, Language language)
    {
        if (sentences.Count <= 1) return [text.Trim()];
        var solutions = sentences.Where(s => QuestionAnalyser.Analyse(s, language).GivesSolution).ToList();
        return solutions.Count > 0 ? solutions : [text.Trim()];
    }

    private static Pitfall ClosedQuestionsDominate(List<(Utterance Utterance, QuestionAnalysis Analysis)> questions, Language language)
    {
        var closedQuestions = questions.Where(q => q.Analysis.Kind == QuestionKind.Closed).ToList();
        var first = closedQuestions[0].Utterance;
        var rephrasings = closedQuestions
            .Select(q => (Question: q.Utterance.Text.Trim(), Rephrasing: q.Analysis.Suggestion ?? OpenFallback(language)))
            .DistinctBy(r => r.Question, StringComparer.OrdinalIgnoreCase);
        var advice = PitfallAdvice.ClosedQuestionsDominate(language, closedQuestions.Count, questions.Count, rephrasings);
        return Found(PitfallKind.ClosedQuestionsDominate, first, first.Text.Trim(), advice);
    }

    // QuestionAnalyser always suggests something for a closed question; this only guards a future change.
    private static string OpenFallback(Language language) =>
        language == Language.Nl ? "Hoe kijk je daar zelf naar?" : "What are your thoughts on this?";

    private static Pitfall Found(PitfallKind kind, Utterance utterance, string trigger, string advice) =>
        new(kind, utterance.Stage, utterance.At, trigger, advice);

    /// <summary>"- Bel de klant" and "bel de klant." are the same option.</summary>
    private static string SameOptionKey(string option) =>
        string.Join(' ', option.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';', ',');
}
