using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Coaching.Feedback;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

/// <summary>Session feedback: the open-question ratio and every pitfall, in Dutch and English.</summary>
public sealed class SessionFeedbackAnalyserTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private static Utterance Asked(string text, GrowStage stage, int minute = 0) =>
        new(text, stage, Start.AddMinutes(minute), UtteranceSource.Question);

    private static Utterance Noted(string text, GrowStage stage, int minute = 0) =>
        new(text, stage, Start.AddMinutes(minute), UtteranceSource.Note);

    private static IReadOnlyList<Pitfall> PitfallsOf(PitfallKind kind, Language language, params Utterance[] utterances) =>
        SessionFeedbackAnalyser.Analyse(utterances, language).Pitfalls.Where(p => p.Kind == kind).ToList();

    // ───────────────────────────── Ratio ─────────────────────────────

    [Fact]
    public void An_empty_session_has_ratio_zero_and_no_pitfalls()
    {
        var feedback = SessionFeedbackAnalyser.Analyse([], Language.Nl);

        Assert.Equal(0d, feedback.OpenQuestionRatio);
        Assert.Equal(0, feedback.OpenQuestions);
        Assert.Equal(0, feedback.ClosedQuestions);
        Assert.Empty(feedback.Pitfalls);
    }

    [Fact]
    public void Ratio_is_open_over_open_plus_closed()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
        [
            Asked("Wat wil je uit dit gesprek halen?", GrowStage.Goal, 1),
            Asked("Wat heb je zelf al geprobeerd?", GrowStage.Reality, 2),
            Asked("Hoe is dat voor jou?", GrowStage.Reality, 3),
            Asked("Heb je het met je team besproken?", GrowStage.Reality, 4),
        ], Language.Nl);

        Assert.Equal(3, feedback.OpenQuestions);
        Assert.Equal(1, feedback.ClosedQuestions);
        Assert.Equal(0.75, feedback.OpenQuestionRatio, 10);
    }

    [Fact]
    public void Ratio_of_one_open_and_two_closed_is_a_third()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
        [
            Asked("What would you like to achieve?", GrowStage.Goal, 1),
            Asked("Did you try it?", GrowStage.Reality, 2),
            Asked("Are you happy with the result?", GrowStage.Reality, 3),
        ], Language.En);

        Assert.Equal(1d / 3d, feedback.OpenQuestionRatio, 10);
    }

    [Fact]
    public void Statements_and_notes_do_not_count_as_questions()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
        [
            Asked("What is happening right now?", GrowStage.Reality, 1),
            Asked("Did you talk to the client?", GrowStage.Reality, 2),
            Asked("Thanks for telling me.", GrowStage.Reality, 3),
            Asked("So if I understand you correctly, the client is unhappy?", GrowStage.Reality, 4),
            Noted("What have you tried so far?", GrowStage.Reality, 5),
            Noted("Is the deadline realistic?", GrowStage.Reality, 6),
        ], Language.En);

        Assert.Equal(1, feedback.OpenQuestions);
        Assert.Equal(1, feedback.ClosedQuestions);
        Assert.Equal(0.5, feedback.OpenQuestionRatio, 10);
    }

    [Fact]
    public void Only_statements_give_ratio_zero()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
            [Asked("Goed dat je er bent.", GrowStage.Goal, 1), Asked("Dank je voor je verhaal.", GrowStage.Reality, 2)],
            Language.Nl);

        Assert.Equal(0d, feedback.OpenQuestionRatio);
        Assert.Equal(0, feedback.OpenQuestions + feedback.ClosedQuestions);
    }

    [Fact]
    public void Only_open_questions_give_ratio_one()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
            [Asked("Wat speelt er?", GrowStage.Reality, 1), Asked("Waar loop je tegenaan?", GrowStage.Reality, 2)],
            Language.Nl);

        Assert.Equal(1d, feedback.OpenQuestionRatio);
    }

    [Fact]
    public void Blank_utterances_are_skipped()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
            [Asked("   ", GrowStage.Goal, 1), Noted("", GrowStage.Reality, 2), Asked("...", GrowStage.Reality, 3)],
            Language.En);

        Assert.Equal(0, feedback.OpenQuestions + feedback.ClosedQuestions);
        Assert.Empty(feedback.Pitfalls);
    }

    [Fact]
    public void Null_utterances_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SessionFeedbackAnalyser.Analyse(null!, Language.En));
        Assert.Throws<ArgumentException>(() => SessionFeedbackAnalyser.Analyse([null!], Language.En));
    }

    // ───────────────────────────── Solution too fast ─────────────────────────────

    [Theory]
    [InlineData("Bel de klant morgen gewoon even op.", GrowStage.Goal, Language.Nl)]
    [InlineData("Je moet de deadline verschuiven.", GrowStage.Reality, Language.Nl)]
    [InlineData("Ik zou het aan Sanne vragen.", GrowStage.Goal, Language.Nl)]
    [InlineData("Waarom bel je hem niet gewoon?", GrowStage.Reality, Language.Nl)]
    [InlineData("Laten we de taken verdelen.", GrowStage.Reality, Language.Nl)]
    [InlineData("Als ik jou was, zou ik de klant bellen.", GrowStage.Goal, Language.Nl)]
    [InlineData("Misschien kun je het eerst met je team bespreken.", GrowStage.Reality, Language.Nl)]
    [InlineData("Call the customer tomorrow.", GrowStage.Goal, Language.En)]
    [InlineData("You should move the deadline.", GrowStage.Reality, Language.En)]
    [InlineData("Why don't you just ask Peter?", GrowStage.Reality, Language.En)]
    [InlineData("If I were you, I'd escalate it.", GrowStage.Goal, Language.En)]
    [InlineData("Let's split the work between Anna and Tom.", GrowStage.Reality, Language.En)]
    [InlineData("I suggest you talk to your team first.", GrowStage.Goal, Language.En)]
    [InlineData("Have you thought about just asking for help?", GrowStage.Reality, Language.En)]
    public void A_solution_before_options_is_too_fast(string sentence, GrowStage stage, Language language)
    {
        var pitfall = Assert.Single(PitfallsOf(PitfallKind.SolutionTooFast, language, Asked(sentence, stage, 5)));

        Assert.Equal(sentence, pitfall.Trigger);
        Assert.Equal(stage, pitfall.Stage);
        Assert.Equal(Start.AddMinutes(5), pitfall.At);
        Assert.Contains(language == Language.Nl ? "Wat heb je zelf al geprobeerd?" : "What have you tried so far?", pitfall.Advice);
    }

    [Theory]
    [InlineData("Dus als ik het goed begrijp, wil je meer tijd voor het project?", Language.Nl)]
    [InlineData("Dus als ik het goed begrijp...", Language.Nl)]
    [InlineData("Als ik het goed hoor, is de klant ontevreden.", Language.Nl)]
    [InlineData("Wat heb je zelf al geprobeerd?", Language.Nl)]
    [InlineData("Hoe is dat voor jou?", Language.Nl)]
    [InlineData("Heb je het geprobeerd?", Language.Nl)]
    [InlineData("Wat zou je doen als alles mogelijk was?", Language.Nl)]
    [InlineData("So if I understand you correctly, you want more time?", Language.En)]
    [InlineData("What options do you see yourself?", Language.En)]
    [InlineData("What is getting in the way?", Language.En)]
    [InlineData("What do you think you should do?", Language.En)]
    [InlineData("Tell me more about the project.", Language.En)]
    public void Listening_and_asking_before_options_is_no_solution(string sentence, Language language)
    {
        Assert.Empty(PitfallsOf(PitfallKind.SolutionTooFast, language,
            Asked(sentence, GrowStage.Goal, 1), Asked(sentence, GrowStage.Reality, 2)));
    }

    [Theory]
    [InlineData("Bel de klant morgen gewoon even op.", Language.Nl)]
    [InlineData("Call the customer tomorrow.", Language.En)]
    public void A_solution_in_options_with_fewer_than_two_options_noted_is_too_fast(string sentence, Language language)
    {
        var noOptions = PitfallsOf(PitfallKind.SolutionTooFast, language, Asked(sentence, GrowStage.Options, 5));
        var oneOption = PitfallsOf(PitfallKind.SolutionTooFast, language,
            Noted("- de planning met het team bespreken", GrowStage.Options, 1), Asked(sentence, GrowStage.Options, 5));

        Assert.Single(noOptions);
        var pitfall = Assert.Single(oneOption);
        Assert.Equal(GrowStage.Options, pitfall.Stage);
        Assert.Contains(language == Language.Nl ? "Welke mogelijkheden zie je zelf?" : "What options do you see yourself?", pitfall.Advice);
    }

    [Theory]
    [InlineData("Je moet de deadline verschuiven.", "- taken herverdelen\n- klant om uitstel vragen", Language.Nl)]
    [InlineData("Ik zou het aan Sanne vragen.", "taken herverdelen; klant om uitstel vragen", Language.Nl)]
    [InlineData("You should move the deadline.", "1. redistribute the tasks\n2. ask the client for more time", Language.En)]
    [InlineData("Let's split the work between Anna and Tom.", "* ask Peter\n* drop the extra report", Language.En)]
    public void A_solution_in_options_after_two_options_noted_is_no_pitfall(string sentence, string notes, Language language)
    {
        Assert.Empty(PitfallsOf(PitfallKind.SolutionTooFast, language,
            Noted(notes, GrowStage.Options, 1), Asked(sentence, GrowStage.Options, 5)));
    }

    [Fact]
    public void Options_from_several_notes_add_up()
    {
        Assert.Empty(PitfallsOf(PitfallKind.SolutionTooFast, Language.En,
            Noted("ask Peter", GrowStage.Options, 1),
            Noted("drop the extra report", GrowStage.Options, 2),
            Asked("You should move the deadline.", GrowStage.Options, 5)));
    }

    [Fact]
    public void The_same_option_noted_twice_counts_once()
    {
        Assert.Single(PitfallsOf(PitfallKind.SolutionTooFast, Language.En,
            Noted("- ask Peter", GrowStage.Options, 1),
            Noted("Ask Peter.", GrowStage.Options, 2),
            Asked("You should move the deadline.", GrowStage.Options, 5)));
    }

    [Fact]
    public void Options_noted_after_the_solution_do_not_count()
    {
        Assert.Single(PitfallsOf(PitfallKind.SolutionTooFast, Language.Nl,
            Asked("Je moet de deadline verschuiven.", GrowStage.Options, 1),
            Noted("- taken herverdelen\n- klant om uitstel vragen", GrowStage.Options, 5)));
    }

    [Fact]
    public void Time_order_decides_not_list_order()
    {
        // Given out of order: the notes were written first.
        Assert.Empty(PitfallsOf(PitfallKind.SolutionTooFast, Language.Nl,
            Asked("Je moet de deadline verschuiven.", GrowStage.Options, 5),
            Noted("- taken herverdelen\n- klant om uitstel vragen", GrowStage.Options, 1)));
    }

    [Fact]
    public void Notes_in_other_stages_are_no_options()
    {
        Assert.Single(PitfallsOf(PitfallKind.SolutionTooFast, Language.En,
            Noted("- ask Peter\n- drop the report", GrowStage.Reality, 1),
            Asked("You should move the deadline.", GrowStage.Options, 5)));
    }

    [Theory]
    [InlineData("Je moet de deadline verschuiven.", Language.Nl)]
    [InlineData("You should move the deadline.", Language.En)]
    public void A_solution_in_will_or_after_completion_is_no_pitfall(string sentence, Language language)
    {
        Assert.Empty(PitfallsOf(PitfallKind.SolutionTooFast, language,
            Asked(sentence, GrowStage.Will, 1), Asked(sentence, GrowStage.Completed, 2)));
    }

    [Fact]
    public void Notes_are_not_judged_for_solutions()
    {
        Assert.Empty(PitfallsOf(PitfallKind.SolutionTooFast, Language.Nl,
            Noted("Bel de klant.", GrowStage.Goal, 1), Noted("- bel de klant\n- mail de klant", GrowStage.Options, 2)));
    }

    [Fact]
    public void Each_solution_sentence_is_reported_once()
    {
        var pitfalls = PitfallsOf(PitfallKind.SolutionTooFast, Language.Nl,
            Asked("Goed dat je het zegt. Bel de klant. Stuur daarna een mail.", GrowStage.Reality, 1));

        Assert.Equal(["Bel de klant.", "Stuur daarna een mail."], pitfalls.Select(p => p.Trigger));
    }

    // ───────────────────────────── Therapy drift ─────────────────────────────

    [Theory]
    [InlineData("Hoe gaat het met je depressie?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Ben je nog ziek?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Hoe gaat het met je burn-out?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Hoe gaat het thuis met je relatie?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Ze vertelde over haar scheiding.", UtteranceSource.Note, Language.Nl)]
    [InlineData("Hoe gaat het met je huwelijk?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Hoe gaat het met de kinderen thuis?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Heb je al eens aan therapie gedacht?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Hoe gaat de rouwverwerking na het overlijden van je vader?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Gebruik je nog medicatie?", UtteranceSource.Question, Language.Nl)]
    [InlineData("Hoe gaat het privé?", UtteranceSource.Question, Language.Nl)]
    [InlineData("How is your depression?", UtteranceSource.Question, Language.En)]
    [InlineData("Are you still on medication?", UtteranceSource.Question, Language.En)]
    [InlineData("How is the divorce going?", UtteranceSource.Question, Language.En)]
    [InlineData("How are things with your wife?", UtteranceSource.Question, Language.En)]
    [InlineData("Have you considered therapy?", UtteranceSource.Question, Language.En)]
    [InlineData("How are you coping with the grief?", UtteranceSource.Question, Language.En)]
    [InlineData("Talked about her husband's illness.", UtteranceSource.Note, Language.En)]
    [InlineData("Since your burnout, how are you sleeping?", UtteranceSource.Question, Language.En)]
    [InlineData("Are you still sick?", UtteranceSource.Question, Language.En)]
    [InlineData("How are your kids doing?", UtteranceSource.Question, Language.En)]
    [InlineData("Is everything OK in your marriage?", UtteranceSource.Question, Language.En)]
    public void Personal_health_and_private_life_drift_into_therapy(string sentence, UtteranceSource source, Language language)
    {
        var utterance = new Utterance(sentence, GrowStage.Reality, Start, source);

        var pitfall = Assert.Single(PitfallsOf(PitfallKind.TherapyDrift, language, utterance));

        Assert.Equal(sentence, pitfall.Trigger);
        Assert.Equal(GrowStage.Reality, pitfall.Stage);
        Assert.Contains("HR", pitfall.Advice);
        Assert.Contains("EAP", pitfall.Advice);
        Assert.Contains(language == Language.Nl ? "bedrijfsarts" : "company doctor", pitfall.Advice);
    }

    /// <summary>Work stress, workload and burn-out risk are work topics; so are relationships with clients and colleagues.</summary>
    [Theory]
    [InlineData("Hoe ga je om met de werkdruk?", Language.Nl)]
    [InlineData("Ik merk dat je stress hebt door de deadline.", Language.Nl)]
    [InlineData("Wat maakt dat je gestrest bent over het project?", Language.Nl)]
    [InlineData("Hoe is je relatie met de klant?", Language.Nl)]
    [InlineData("Twee collega's zijn ziek, wat betekent dat voor de planning?", Language.Nl)]
    [InlineData("Hoe voorkomen we dat de werkdruk tot een burn-out leidt?", Language.Nl)]
    [InlineData("Wil je vandaag thuiswerken?", Language.Nl)]
    [InlineData("Bespreek het gerust met de bedrijfsarts.", Language.Nl)]
    [InlineData("Wie is je partner in dit project?", Language.Nl)]
    [InlineData("Hoe houd je werk en privé in balans?", Language.Nl)]
    [InlineData("Jan is ziek, dus de oplevering schuift.", Language.Nl)]
    [InlineData("Re-integratie na de burn-out: twee dagen per week werken.", Language.Nl)]
    [InlineData("How do you handle the stress of the release?", Language.En)]
    [InlineData("I'm stressed about the deadline too.", Language.En)]
    [InlineData("How is your relationship with the team?", Language.En)]
    [InlineData("Two colleagues are off sick; how do we cover their tasks?", Language.En)]
    [InlineData("What can we change in your workload to prevent burnout?", Language.En)]
    [InlineData("Does working from home help you focus?", Language.En)]
    [InlineData("What does the pressure of this quarter do to you?", Language.En)]
    [InlineData("I'll ask the family business owner about the contract.", Language.En)]
    [InlineData("He is sick of the endless status updates.", Language.En)]
    public void Work_stress_and_work_relationships_are_no_therapy(string sentence, Language language)
    {
        Assert.Empty(PitfallsOf(PitfallKind.TherapyDrift, language,
            Asked(sentence, GrowStage.Reality, 1), Noted(sentence, GrowStage.Reality, 2)));
    }

    [Fact]
    public void Therapy_drift_points_at_the_personal_sentence()
    {
        var pitfall = Assert.Single(PitfallsOf(PitfallKind.TherapyDrift, Language.Nl,
            Asked("Goed gedaan met de klant. Hoe gaat het met je scheiding?", GrowStage.Goal, 3)));

        Assert.Equal("Hoe gaat het met je scheiding?", pitfall.Trigger);
        Assert.Contains("huisarts", pitfall.Advice);
    }

    // ───────────────────────────── Closed questions dominate ─────────────────────────────

    [Theory]
    [InlineData("Heb je het geprobeerd?", Language.Nl)]
    [InlineData("Is het rapport al af?", Language.Nl)]
    [InlineData("Ben je tevreden over het resultaat?", Language.Nl)]
    [InlineData("Kun je dat morgen afronden?", Language.Nl)]
    [InlineData("Heb je al met je team gesproken?", Language.Nl)]
    [InlineData("Did you try it?", Language.En)]
    [InlineData("Is the deadline realistic?", Language.En)]
    [InlineData("Are you happy with the result?", Language.En)]
    [InlineData("Can you finish it tomorrow?", Language.En)]
    [InlineData("Have you talked to your team?", Language.En)]
    public void Mostly_closed_questions_are_reported_with_open_rephrasings(string closedQuestion, Language language)
    {
        var (secondClosed, thirdClosed, open) = language == Language.Nl
            ? ("Weet je al wanneer je begint?", "Snap je wat ik bedoel?", "Wat speelt er op dit moment?")
            : ("Do you know when you will start?", "Is that clear?", "What is happening right now?");

        var feedback = SessionFeedbackAnalyser.Analyse(
        [
            Asked(open, GrowStage.Reality, 1),
            Asked(closedQuestion, GrowStage.Reality, 2),
            Asked(secondClosed, GrowStage.Reality, 3),
            Asked(thirdClosed, GrowStage.Options, 4),
        ], language);

        var pitfall = Assert.Single(feedback.Pitfalls, p => p.Kind == PitfallKind.ClosedQuestionsDominate);
        Assert.Equal(closedQuestion, pitfall.Trigger);
        Assert.Equal(Start.AddMinutes(2), pitfall.At);
        Assert.Equal(GrowStage.Reality, pitfall.Stage);
        foreach (var closed in new[] { closedQuestion, secondClosed, thirdClosed })
        {
            var rephrasing = QuestionAnalyser.Analyse(closed, language).Suggestion;
            Assert.NotNull(rephrasing);
            Assert.Contains(rephrasing, pitfall.Advice);
        }
        Assert.Contains(language == Language.Nl ? "3 van je 4 vragen" : "3 of your 4 questions", pitfall.Advice);
    }

    [Theory]
    [InlineData("Wat heb je zelf al geprobeerd?", Language.Nl)]
    [InlineData("Hoe is dat voor jou?", Language.Nl)]
    [InlineData("Welke mogelijkheden zie je zelf?", Language.Nl)]
    [InlineData("Vertel eens meer over het project.", Language.Nl)]
    [InlineData("Waar loop je tegenaan?", Language.Nl)]
    [InlineData("What have you tried so far?", Language.En)]
    [InlineData("How is that for you?", Language.En)]
    [InlineData("What options do you see?", Language.En)]
    [InlineData("Tell me more about the project.", Language.En)]
    [InlineData("What is getting in the way?", Language.En)]
    public void Half_closed_is_not_dominating(string openQuestion, Language language)
    {
        var (closed1, closed2, open2) = language == Language.Nl
            ? ("Heb je het geprobeerd?", "Is het rapport al af?", "Wat speelt er op dit moment?")
            : ("Did you try it?", "Is the report finished?", "What is happening right now?");

        Assert.Empty(PitfallsOf(PitfallKind.ClosedQuestionsDominate, language,
            Asked(closed1, GrowStage.Reality, 1), Asked(openQuestion, GrowStage.Reality, 2),
            Asked(closed2, GrowStage.Reality, 3), Asked(open2, GrowStage.Reality, 4)));
    }

    [Fact]
    public void Fewer_than_four_questions_are_not_judged()
    {
        Assert.Empty(PitfallsOf(PitfallKind.ClosedQuestionsDominate, Language.En,
            Asked("Did you try it?", GrowStage.Reality, 1),
            Asked("Is the report finished?", GrowStage.Reality, 2),
            Asked("Are you happy?", GrowStage.Reality, 3)));
    }

    [Fact]
    public void Four_closed_questions_are_reported_once()
    {
        var pitfall = Assert.Single(PitfallsOf(PitfallKind.ClosedQuestionsDominate, Language.Nl,
            Asked("Heb je het geprobeerd?", GrowStage.Reality, 1),
            Asked("Is het rapport al af?", GrowStage.Reality, 2),
            Asked("Ben je tevreden?", GrowStage.Reality, 3),
            Asked("Heb je het geprobeerd?", GrowStage.Options, 4),
            Asked("Kun je dat morgen afronden?", GrowStage.Will, 5)));

        Assert.Equal("Heb je het geprobeerd?", pitfall.Trigger);
        Assert.Contains("5 van je 5 vragen", pitfall.Advice);
    }

    [Fact]
    public void Statements_do_not_make_closed_questions_dominate()
    {
        Assert.Empty(PitfallsOf(PitfallKind.ClosedQuestionsDominate, Language.En,
            Asked("Did you try it?", GrowStage.Reality, 1),
            Asked("Is the report finished?", GrowStage.Reality, 2),
            Asked("Are you happy?", GrowStage.Reality, 3),
            Asked("Thanks for sharing that.", GrowStage.Reality, 4),
            Asked("So if I understand correctly, the client is waiting.", GrowStage.Reality, 5)));
    }

    // ───────────────────────────── Intuition without facts ─────────────────────────────

    [Theory]
    [InlineData("Ik heb het gevoel dat je niet gemotiveerd bent.", Language.Nl)]
    [InlineData("Mijn gevoel zegt dat dit project gaat mislukken.", Language.Nl)]
    [InlineData("Ik heb het idee dat het team je niet serieus neemt.", Language.Nl)]
    [InlineData("Volgens mij ben je niet blij met je rol.", Language.Nl)]
    [InlineData("Ik heb de indruk dat je het overleg vermijdt.", Language.Nl)]
    [InlineData("Ik heb het gevoel dat je ergens mee zit, klopt dat?", Language.Nl)]
    [InlineData("I feel like you're not really committed.", Language.En)]
    [InlineData("My gut says the client will leave.", Language.En)]
    [InlineData("I have a feeling the team doesn't trust you.", Language.En)]
    [InlineData("I sense that you are holding back.", Language.En)]
    [InlineData("It seems to me that you avoid conflict.", Language.En)]
    [InlineData("I get the impression you're not happy here, am I right?", Language.En)]
    public void A_gut_feeling_without_facts_is_reported(string sentence, Language language)
    {
        var pitfalls = PitfallsOf(PitfallKind.IntuitionWithoutFacts, language,
            Asked(sentence, GrowStage.Reality, 1), Noted(sentence, GrowStage.Reality, 2));

        Assert.Equal(2, pitfalls.Count);
        Assert.All(pitfalls, p => Assert.Equal(sentence, p.Trigger));
        Assert.Contains(language == Language.Nl ? "Wat merk jij hiervan?" : "What have you noticed about this?", pitfalls[0].Advice);
    }

    [Theory]
    [InlineData("Ik heb het gevoel dat je niet gemotiveerd bent: je was vorige week drie keer te laat.", Language.Nl)]
    [InlineData("Volgens mij loopt het project uit, de planning staat op 80%.", Language.Nl)]
    [InlineData("Mijn gevoel zegt dat de klant weg wil; ik hoorde dat ze offertes opvragen.", Language.Nl)]
    [InlineData("Ik heb het idee dat het beter gaat, klanten zeiden dat ze tevreden zijn.", Language.Nl)]
    [InlineData("Ik heb het gevoel dat je vastloopt. Op dinsdag zag ik je twee uur naar hetzelfde scherm kijken.", Language.Nl)]
    [InlineData("Volgens mij ben je er klaar mee, je zei „ik zie het niet meer zitten”.", Language.Nl)]
    [InlineData("Ik heb het idee om de klant samen te bellen.", Language.Nl)]
    [InlineData("I feel like you're less engaged; you missed 3 stand-ups since Monday.", Language.En)]
    [InlineData("My gut says the client will leave, the data shows their usage dropped.", Language.En)]
    [InlineData("I have a feeling something is off: I noticed you skipped the retro.", Language.En)]
    [InlineData("It seems to me the team is tired; last week two people said so.", Language.En)]
    [InlineData("I sense that you're unsure, you said \"I don't know if I can do this\".", Language.En)]
    [InlineData("You were late three times last week.", Language.En)]
    public void A_gut_feeling_with_an_observation_or_figure_is_fine(string sentence, Language language)
    {
        Assert.Empty(PitfallsOf(PitfallKind.IntuitionWithoutFacts, language,
            Asked(sentence, GrowStage.Reality, 1), Noted(sentence, GrowStage.Reality, 2)));
    }

    [Fact]
    public void Intuition_points_at_the_gut_feel_sentence()
    {
        var pitfall = Assert.Single(PitfallsOf(PitfallKind.IntuitionWithoutFacts, Language.En,
            Noted("Good talk.\nMy gut tells me he wants to leave.", GrowStage.Reality, 4)));

        Assert.Equal("My gut tells me he wants to leave.", pitfall.Trigger);
        Assert.Equal(Start.AddMinutes(4), pitfall.At);
    }

    // ───────────────────────────── Whole session ─────────────────────────────

    [Fact]
    public void Pitfalls_come_back_in_time_order_in_the_session_language()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
        [
            Asked("Volgens mij ben je niet blij met je rol.", GrowStage.Reality, 20),
            Asked("Je moet de deadline verschuiven.", GrowStage.Goal, 5),
            Noted("Vertelde over de scheiding.", GrowStage.Reality, 10),
            Asked("Wat heb je zelf al geprobeerd?", GrowStage.Reality, 15),
        ], Language.Nl);

        Assert.Equal(
            [PitfallKind.SolutionTooFast, PitfallKind.TherapyDrift, PitfallKind.IntuitionWithoutFacts],
            feedback.Pitfalls.Select(p => p.Kind));
        Assert.All(feedback.Pitfalls, p => Assert.DoesNotContain("What", p.Advice));
    }

    public static TheoryData<string, Language> PlatformPrompts()
    {
        // A prompt that is also a style's coaching question is one case (xUnit skips duplicate cases with a warning).
        var data = new TheoryData<string, Language>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var prompts = new[] { GrowStage.Goal, GrowStage.Reality, GrowStage.Options, GrowStage.Will }
                .SelectMany(stage => GrowStageMachine.Prompts(stage, language))
                .Concat(Enum.GetValues<LeadershipStyle>().SelectMany(style => CoachingQuestions.For(style, language)));
            foreach (var prompt in prompts.Distinct()) data.Add(prompt, language);
        }
        return data;
    }

    /// <summary>The questions the platform itself suggests must never be reported as a pitfall, in any stage.</summary>
    [Theory]
    [MemberData(nameof(PlatformPrompts))]
    public void The_platform_prompts_trigger_no_pitfall(string prompt, Language language)
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
            [Asked(prompt, GrowStage.Goal, 1), Asked(prompt, GrowStage.Reality, 2), Asked(prompt, GrowStage.Options, 3)],
            language);

        Assert.Empty(feedback.Pitfalls);
        Assert.Equal(1d, feedback.OpenQuestionRatio);
    }

    [Fact]
    public void A_good_session_has_no_pitfalls()
    {
        var feedback = SessionFeedbackAnalyser.Analyse(
        [
            Asked("What would you like to achieve in this conversation?", GrowStage.Goal, 1),
            Asked("What is happening right now?", GrowStage.Reality, 2),
            Asked("So if I understand you correctly, the client is waiting for the report?", GrowStage.Reality, 3),
            Asked("How is that for you?", GrowStage.Reality, 4),
            Noted("Client waits since Monday; 2 reminders sent.", GrowStage.Reality, 5),
            Asked("What options do you see?", GrowStage.Options, 6),
            Noted("- ask Peter for help\n- move the internal review\n- call the client", GrowStage.Options, 7),
            Asked("I could also ask Peter's team lead to free up a day.", GrowStage.Options, 8),
            Asked("What will you do, and by when?", GrowStage.Will, 9),
        ], Language.En);

        Assert.Empty(feedback.Pitfalls);
        Assert.Equal(5, feedback.OpenQuestions);
        Assert.Equal(0, feedback.ClosedQuestions);
        Assert.Equal(1d, feedback.OpenQuestionRatio);
    }
}
