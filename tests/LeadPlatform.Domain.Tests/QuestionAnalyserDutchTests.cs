using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

/// <summary>Real Dutch sentences a manager says, judged on kind and on handing over a solution.</summary>
public sealed class QuestionAnalyserDutchTests
{
    [Theory]
    // Open: w-questions and invitations
    [InlineData("Wat heb je zelf al geprobeerd?", QuestionKind.Open, false)]
    [InlineData("Hoe is dat voor jou?", QuestionKind.Open, false)]
    [InlineData("Welke mogelijkheden zie je zelf?", QuestionKind.Open, false)]
    [InlineData("Waarom is dit doel belangrijk voor je?", QuestionKind.Open, false)]
    [InlineData("Wie kan je hierbij helpen?", QuestionKind.Open, false)]
    [InlineData("Waar loop je tegenaan?", QuestionKind.Open, false)]
    [InlineData("Wanneer wil je dat het klaar is?", QuestionKind.Open, false)]
    [InlineData("In hoeverre ben je tevreden over het resultaat?", QuestionKind.Open, false)]
    [InlineData("Waardoor lukte het deze keer wel?", QuestionKind.Open, false)]
    [InlineData("Waarmee kan ik je het beste helpen?", QuestionKind.Open, false)]
    [InlineData("Vertel eens, hoe ging het gesprek met de klant?", QuestionKind.Open, false)]
    [InlineData("Vertel eens meer over het project.", QuestionKind.Open, false)]
    [InlineData("Op welke manier wil je dit aanpakken?", QuestionKind.Open, false)]
    [InlineData("Wat zou je doen als alles mogelijk was?", QuestionKind.Open, false)]
    [InlineData("Met wie heb je er al over gesproken?", QuestionKind.Open, false)]
    [InlineData("Hoezo?", QuestionKind.Open, false)]
    [InlineData("Kun je me vertellen wat er precies gebeurde?", QuestionKind.Open, false)]
    [InlineData("Zou je me daar meer over kunnen vertellen?", QuestionKind.Open, false)]
    [InlineData("Zou je me daar wat meer over willen vertellen?", QuestionKind.Open, false)]
    [InlineData("Zou je het de klant even willen uitleggen?", QuestionKind.Closed, false)]
    [InlineData("Zou je het plan aan ons team willen uitleggen?", QuestionKind.Closed, false)]
    [InlineData("Zou je het ons nog eens willen uitleggen?", QuestionKind.Open, false)]
    [InlineData("Kun je daar iets meer over vertellen?", QuestionKind.Open, false)]
    [InlineData("Ik ben benieuwd hoe jij dat ziet.", QuestionKind.Open, false)]
    [InlineData("Als je geen beperkingen had, wat zou je dan doen?", QuestionKind.Open, false)]
    // Open: no punctuation, capitals, odd whitespace, several sentences
    [InlineData("Wat zie jij als de grootste hindernis", QuestionKind.Open, false)]
    [InlineData("hoe ga je dat aanpakken", QuestionKind.Open, false)]
    [InlineData("WAT HEB JE NODIG OM VERDER TE KOMEN?", QuestionKind.Open, false)]
    [InlineData("   Wat   maakt het   lastig voor je ?   ", QuestionKind.Open, false)]
    [InlineData("Hoe kijk je daar zelf naar?   ", QuestionKind.Open, false)]
    [InlineData("Ik hoor wat je zegt. Wat zou je helpen om verder te komen?", QuestionKind.Open, false)]
    [InlineData("Heb je het geprobeerd? Wat gebeurde er toen?", QuestionKind.Open, false)]
    // Closed: verb-first
    [InlineData("Heb je het geprobeerd?", QuestionKind.Closed, false)]
    [InlineData("Ben je tevreden over het resultaat?", QuestionKind.Closed, false)]
    [InlineData("Kun je dat morgen afronden?", QuestionKind.Closed, false)]
    [InlineData("Wil je er nog iets over kwijt?", QuestionKind.Closed, false)]
    [InlineData("Zou je het een volgende keer anders doen?", QuestionKind.Closed, false)]
    [InlineData("Is het rapport al af?", QuestionKind.Closed, false)]
    [InlineData("Gaat het goed met de planning?", QuestionKind.Closed, false)]
    [InlineData("Snap je wat ik bedoel?", QuestionKind.Closed, false)]
    [InlineData("Weet je al wanneer je begint?", QuestionKind.Closed, false)]
    [InlineData("Bel je de klant morgen terug?", QuestionKind.Closed, false)]
    // Closed: tags, polite forms, statement order with a question mark
    [InlineData("Het gesprek ging goed, toch?", QuestionKind.Closed, false)]
    [InlineData("Dat was lastig, hè?", QuestionKind.Closed, false)]
    [InlineData("Het ging best goed toch", QuestionKind.Closed, false)]
    [InlineData("Zou je kunnen zeggen of het project op schema ligt?", QuestionKind.Closed, false)]
    [InlineData("Kun je me vertellen of de klant al heeft gereageerd?", QuestionKind.Closed, false)]
    [InlineData("Je hebt het dus nog niet gedaan?", QuestionKind.Closed, false)]
    // Closed: no punctuation, capitals, odd whitespace, several sentences
    [InlineData("heb je al met je team gesproken", QuestionKind.Closed, false)]
    [InlineData("BEN JE ER KLAAR VOOR?", QuestionKind.Closed, false)]
    [InlineData("Heb je\tal   met de klant\n gebeld?", QuestionKind.Closed, false)]
    [InlineData("Ik heb je verslag gelezen. Klopt het dat de deadline verschuift?", QuestionKind.Closed, false)]
    // Solutions: instructions, advice, taking over
    [InlineData("Geef maar hier, ik doe het wel.", QuestionKind.Statement, true)]
    [InlineData("Verschuif gewoon die taken naar volgende week.", QuestionKind.Statement, true)]
    [InlineData("Je moet de klant vandaag nog bellen.", QuestionKind.Statement, true)]
    [InlineData("Ik zou eerst met Piet gaan praten.", QuestionKind.Statement, true)]
    [InlineData("Het beste kun je de planning opnieuw maken.", QuestionKind.Statement, true)]
    [InlineData("Bel hem gewoon even op.", QuestionKind.Statement, true)]
    [InlineData("Als ik jou was, zou ik het project stoppen.", QuestionKind.Statement, true)]
    [InlineData("Misschien moet je het eerst aan je team vragen.", QuestionKind.Statement, true)]
    [InlineData("Dan zou je hem vanmiddag kunnen bellen.", QuestionKind.Statement, true)]
    [InlineData("geef die klus maar aan mij", QuestionKind.Statement, true)]
    [InlineData("JE MOET GEWOON NEE ZEGGEN", QuestionKind.Statement, true)]
    // Solutions hidden in a question (leading questions)
    [InlineData("Waarom bel je hem niet gewoon?", QuestionKind.Closed, true)]
    [InlineData("Kun je niet gewoon de deadline verschuiven?", QuestionKind.Closed, true)]
    [InlineData("Heb je erover nagedacht om het gewoon aan Sanne te vragen?", QuestionKind.Closed, true)]
    [InlineData("Zal ik het voor je regelen?", QuestionKind.Closed, true)]
    [InlineData("Wat als je hem gewoon belt?", QuestionKind.Closed, true)]
    [InlineData("Hoe zou het zijn als je dit probleem niet meer had?", QuestionKind.Open, false)]
    [InlineData("Hoe zou het zijn als je dit doel bereikt?", QuestionKind.Open, false)]
    [InlineData("Is het niet handiger om de taken te verdelen?", QuestionKind.Closed, true)]
    [InlineData("Waarom vraag je het niet even aan Piet?", QuestionKind.Closed, true)]
    [InlineData("Je kunt het beste even met HR bellen, toch?", QuestionKind.Closed, true)]
    [InlineData("Verschuif die taken gewoon. Wat vind je daarvan?", QuestionKind.Open, true)]
    // Summaries: active listening, statement, no solution
    [InlineData("Dus als ik het goed begrijp, loop je vast op de planning.", QuestionKind.Statement, false)]
    [InlineData("Als ik je goed begrijp, voel je je niet gehoord?", QuestionKind.Statement, false)]
    [InlineData("Dus als ik het goed begrijp… je zit vast met de klant?", QuestionKind.Statement, false)]
    [InlineData("Samengevat: de deadline is te krap en je mist hulp.", QuestionKind.Statement, false)]
    [InlineData("Dus je zegt dat het je te veel wordt.", QuestionKind.Statement, false)]
    [InlineData("Dus als ik het goed begrijp, is de planning het probleem. Wat zou je als eerste willen aanpakken?", QuestionKind.Open, false)]
    // Plain statements
    [InlineData("Goed gedaan, ik zie dat je er hard aan gewerkt hebt.", QuestionKind.Statement, false)]
    [InlineData("Ik merk dat je stil bent vandaag.", QuestionKind.Statement, false)]
    [InlineData("Wat fijn dat je er bent!", QuestionKind.Statement, false)]
    // Found while probing: proposals, offers to take over, go-on prompts, wishes that are no advice
    [InlineData("Laten we de taken verdelen.", QuestionKind.Statement, true)]
    [InlineData("Laten we eens kijken wat er speelt.", QuestionKind.Statement, false)]
    [InlineData("Zal ik hem even bellen?", QuestionKind.Closed, true)]
    [InlineData("Zal ik samenvatten wat ik hoor?", QuestionKind.Closed, false)]
    [InlineData("Ik denk dat je het aan Sanne moet vragen.", QuestionKind.Statement, true)]
    [InlineData("Ik wil dat je het rapport vandaag afmaakt.", QuestionKind.Statement, true)]
    [InlineData("Als je wilt, kan ik het wel overnemen.", QuestionKind.Statement, true)]
    [InlineData("Zou het helpen om met Sanne te praten?", QuestionKind.Closed, true)]
    [InlineData("Jij gaat gewoon door met waar je mee bezig bent.", QuestionKind.Statement, true)]
    [InlineData("Je bent gewoon moe, hè?", QuestionKind.Closed, false)]
    [InlineData("Weet je wat je zou kunnen doen?", QuestionKind.Closed, false)]
    [InlineData("Ik zou graag willen weten wat jij ervan vindt.", QuestionKind.Open, false)]
    [InlineData("Stel je voor dat alles lukt, hoe ziet dat eruit?", QuestionKind.Open, false)]
    [InlineData("En verder?", QuestionKind.Open, false)]
    [InlineData("Dat klinkt lastig.", QuestionKind.Statement, false)]
    public void Judges_dutch_sentence(string text, QuestionKind kind, bool givesSolution)
    {
        var analysis = QuestionAnalyser.Analyse(text);

        Assert.Equal(kind, analysis.Kind);
        Assert.Equal(givesSolution, analysis.GivesSolution);
        Assert.Equal(Language.Nl, analysis.Language);
        var suggestionExpected = kind == QuestionKind.Closed || givesSolution;
        if (suggestionExpected)
        {
            Assert.NotNull(analysis.Suggestion);
            var suggestion = QuestionAnalyser.Analyse(analysis.Suggestion);
            Assert.Equal(QuestionKind.Open, suggestion.Kind);
            Assert.False(suggestion.GivesSolution);
            Assert.Equal(Language.Nl, suggestion.Language);
        }
        else
        {
            Assert.Null(analysis.Suggestion);
        }
    }

    [Fact]
    public void Closed_question_gets_an_open_rephrasing_about_the_same_thing()
    {
        Assert.Equal("Wat heb je zelf al geprobeerd?", QuestionAnalyser.Analyse("Heb je het geprobeerd?").Suggestion);
        Assert.Equal("Wat is er nog nodig om het rapport af te ronden?", QuestionAnalyser.Analyse("Heb je het rapport al afgerond?").Suggestion);
        Assert.Equal("Wat is je nog niet duidelijk aan de opdracht?", QuestionAnalyser.Analyse("Is de opdracht duidelijk?").Suggestion);
        Assert.Equal("Hoe kijk je zelf naar de deadline?", QuestionAnalyser.Analyse("Is de deadline haalbaar?").Suggestion);
    }

    [Fact]
    public void Solution_gets_a_question_that_hands_the_thinking_back()
    {
        Assert.Equal("Welke mogelijkheden zie je zelf?", QuestionAnalyser.Analyse("Verschuif gewoon die taken.").Suggestion);
    }

    [Theory]
    [InlineData("Echt?")]
    [InlineData("Oké.")]
    [InlineData("Goed zo, ga zo door!")]
    [InlineData("Hoe gaat het met je?")]
    [InlineData("Ik snap het.")]
    [InlineData("Dat klopt niet helemaal")]
    [InlineData("Vertel!")]
    [InlineData("Prima, dank je wel.")]
    public void Detects_dutch_from_the_words(string text) =>
        Assert.Equal(Language.Nl, QuestionAnalyser.Analyse(text).Language);

    [Fact]
    public void Given_language_wins_over_detection_and_sets_the_suggestion_language()
    {
        var analysis = QuestionAnalyser.Analyse("Heb je het geprobeerd?", Language.En);

        Assert.Equal(Language.En, analysis.Language);
        Assert.Equal(QuestionKind.Closed, analysis.Kind);
        Assert.Equal("What are your thoughts on this?", analysis.Suggestion);
    }
}
