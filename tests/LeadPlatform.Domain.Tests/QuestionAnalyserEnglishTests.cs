using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

/// <summary>Real English sentences a manager says, judged on kind and on handing over a solution.</summary>
public sealed class QuestionAnalyserEnglishTests
{
    [Theory]
    // Open: wh-questions and invitations
    [InlineData("What have you tried so far?", QuestionKind.Open, false)]
    [InlineData("How is that for you?", QuestionKind.Open, false)]
    [InlineData("What options do you see yourself?", QuestionKind.Open, false)]
    [InlineData("Why is this goal important to you?", QuestionKind.Open, false)]
    [InlineData("Who could help you with this?", QuestionKind.Open, false)]
    [InlineData("Where do you get stuck?", QuestionKind.Open, false)]
    [InlineData("When would you like to have it finished?", QuestionKind.Open, false)]
    [InlineData("To what extent are you satisfied with the result?", QuestionKind.Open, false)]
    [InlineData("Which part of the project worries you most?", QuestionKind.Open, false)]
    [InlineData("Tell me more about the meeting with the client.", QuestionKind.Open, false)]
    [InlineData("Can you tell me more about what happened?", QuestionKind.Open, false)]
    [InlineData("How come the deadline slipped?", QuestionKind.Open, false)]
    [InlineData("What would you do if there were no constraints?", QuestionKind.Open, false)]
    [InlineData("In what way did the new process help?", QuestionKind.Open, false)]
    [InlineData("Why?", QuestionKind.Open, false)]
    [InlineData("Walk me through how you approached it.", QuestionKind.Open, false)]
    [InlineData("I'm curious how you see this.", QuestionKind.Open, false)]
    [InlineData("If you had all the time in the world, what would you do?", QuestionKind.Open, false)]
    [InlineData("What do you think you should do first?", QuestionKind.Open, false)]
    [InlineData("What if you could start the project over?", QuestionKind.Open, false)]
    // Open: no punctuation, capitals, odd whitespace, several sentences
    [InlineData("what do you need from me to get started", QuestionKind.Open, false)]
    [InlineData("WHAT IS GETTING IN THE WAY?", QuestionKind.Open, false)]
    [InlineData("   How   do you   see it ?  ", QuestionKind.Open, false)]
    [InlineData("How would you approach this?    ", QuestionKind.Open, false)]
    [InlineData("I hear you. What would help you move forward?", QuestionKind.Open, false)]
    [InlineData("Did you try it? What happened then?", QuestionKind.Open, false)]
    // Closed: inversion
    [InlineData("Did you try it?", QuestionKind.Closed, false)]
    [InlineData("Do you understand the task?", QuestionKind.Closed, false)]
    [InlineData("Can you finish it by Friday?", QuestionKind.Closed, false)]
    [InlineData("Is the deadline realistic?", QuestionKind.Closed, false)]
    [InlineData("Have you talked to your team?", QuestionKind.Closed, false)]
    [InlineData("Would you do it differently next time?", QuestionKind.Closed, false)]
    [InlineData("Are you happy with the result?", QuestionKind.Closed, false)]
    [InlineData("Is there anything else?", QuestionKind.Closed, false)]
    [InlineData("So, did it work?", QuestionKind.Closed, false)]
    // Closed: tags, polite forms, statement order with a question mark
    [InlineData("That went well, right?", QuestionKind.Closed, false)]
    [InlineData("It's a tough one, isn't it?", QuestionKind.Closed, false)]
    [InlineData("Could you tell me whether the report is ready?", QuestionKind.Closed, false)]
    [InlineData("Can you tell me if the client has replied?", QuestionKind.Closed, false)]
    [InlineData("You haven't started yet?", QuestionKind.Closed, false)]
    // Closed: no punctuation, capitals, odd whitespace, several sentences
    [InlineData("did you talk to the client", QuestionKind.Closed, false)]
    [InlineData("ARE YOU READY FOR THE PRESENTATION?", QuestionKind.Closed, false)]
    [InlineData("Did you\tcall   the client\n yesterday?", QuestionKind.Closed, false)]
    [InlineData("I read your report. Is the budget still on track?", QuestionKind.Closed, false)]
    // Solutions: instructions, advice, taking over
    [InlineData("Give it to me, I'll do it.", QuestionKind.Statement, true)]
    [InlineData("Just move the tasks to next week.", QuestionKind.Statement, true)]
    [InlineData("You should call the client today.", QuestionKind.Statement, true)]
    [InlineData("I would talk to Peter first.", QuestionKind.Statement, true)]
    [InlineData("The best thing to do is to split the project.", QuestionKind.Statement, true)]
    [InlineData("Call him and sort it out.", QuestionKind.Statement, true)]
    [InlineData("If I were you, I'd cancel the meeting.", QuestionKind.Statement, true)]
    [InlineData("Maybe you could ask HR for advice.", QuestionKind.Statement, true)]
    [InlineData("just send the email", QuestionKind.Statement, true)]
    [InlineData("YOU NEED TO ESCALATE THIS NOW", QuestionKind.Statement, true)]
    // Solutions hidden in a question (leading questions)
    [InlineData("Why don't you just call him?", QuestionKind.Closed, true)]
    [InlineData("Have you thought about simply asking for help?", QuestionKind.Closed, true)]
    [InlineData("Can't you just move the deadline?", QuestionKind.Closed, true)]
    [InlineData("Why not ask Sarah to take over?", QuestionKind.Closed, true)]
    [InlineData("Shall I take care of it for you?", QuestionKind.Closed, true)]
    [InlineData("How about moving the meeting to Monday?", QuestionKind.Closed, true)]
    [InlineData("How about you try restarting it?", QuestionKind.Closed, true)]
    [InlineData("How about we call the client together?", QuestionKind.Closed, true)]
    [InlineData("How about you?", QuestionKind.Open, false)]
    [InlineData("How about you, Anna?", QuestionKind.Open, false)]
    [InlineData("How about you and your team?", QuestionKind.Open, false)]
    [InlineData("How about you guys?", QuestionKind.Open, false)]
    [InlineData("How about you tell me what happened?", QuestionKind.Open, false)]
    [InlineData("How about you explain it to the client?", QuestionKind.Closed, true)]
    [InlineData("How about you tell Peter you need help?", QuestionKind.Closed, true)]
    [InlineData("How about you guys call the client?", QuestionKind.Closed, true)]
    [InlineData("How about you two swap shifts?", QuestionKind.Closed, true)]
    [InlineData("How about you and Sanne pair up on it?", QuestionKind.Closed, true)]
    [InlineData("How about you now call him?", QuestionKind.Closed, true)]
    [InlineData("Anna, how about you call the client?", QuestionKind.Closed, true)]
    [InlineData("Wouldn't it be easier to split the task?", QuestionKind.Closed, true)]
    [InlineData("What if you asked Peter to review it?", QuestionKind.Closed, true)]
    [InlineData("You should just call him, right?", QuestionKind.Closed, true)]
    [InlineData("Just move the tasks to Peter. What do you think?", QuestionKind.Open, true)]
    // Summaries: active listening, statement, no solution
    [InlineData("So if I understand you correctly, the planning is the bottleneck.", QuestionKind.Statement, false)]
    [InlineData("If I hear you right, you feel left out?", QuestionKind.Statement, false)]
    [InlineData("So what I'm hearing is that you need more time.", QuestionKind.Statement, false)]
    [InlineData("In other words, the scope keeps changing.", QuestionKind.Statement, false)]
    [InlineData("So if I understand correctly, you're stuck. What would help you most?", QuestionKind.Open, false)]
    // Plain statements
    [InlineData("Thanks for walking me through it.", QuestionKind.Statement, false)]
    [InlineData("I noticed you were quiet in the meeting.", QuestionKind.Statement, false)]
    [InlineData("What a great result!", QuestionKind.Statement, false)]
    // Found while probing: proposals, offers to take over, go-on prompts, wishes that are no advice
    [InlineData("Let's move the deadline.", QuestionKind.Statement, true)]
    [InlineData("Let's look at what you have tried.", QuestionKind.Statement, false)]
    [InlineData("Shall I call him for you?", QuestionKind.Closed, true)]
    [InlineData("Do you want me to have a look?", QuestionKind.Closed, false)]
    [InlineData("I want you to finish the report today.", QuestionKind.Statement, true)]
    [InlineData("If you want, I can take it over.", QuestionKind.Statement, true)]
    [InlineData("Would it help to talk to Sanne?", QuestionKind.Closed, true)]
    [InlineData("You just call him tomorrow.", QuestionKind.Statement, true)]
    [InlineData("You just started, right?", QuestionKind.Closed, false)]
    [InlineData("Do you know what you could do?", QuestionKind.Closed, false)]
    [InlineData("Have you considered the risks?", QuestionKind.Closed, false)]
    [InlineData("Why don't you want to do it?", QuestionKind.Open, false)]
    [InlineData("I'd like to know what you think.", QuestionKind.Open, false)]
    [InlineData("Imagine everything works out. What does that look like?", QuestionKind.Open, false)]
    [InlineData("And?", QuestionKind.Open, false)]
    [InlineData("That sounds difficult.", QuestionKind.Statement, false)]
    public void Judges_english_sentence(string text, QuestionKind kind, bool givesSolution)
    {
        var analysis = QuestionAnalyser.Analyse(text);

        Assert.Equal(kind, analysis.Kind);
        Assert.Equal(givesSolution, analysis.GivesSolution);
        Assert.Equal(Language.En, analysis.Language);
        var suggestionExpected = kind == QuestionKind.Closed || givesSolution;
        if (suggestionExpected)
        {
            Assert.NotNull(analysis.Suggestion);
            var suggestion = QuestionAnalyser.Analyse(analysis.Suggestion);
            Assert.Equal(QuestionKind.Open, suggestion.Kind);
            Assert.False(suggestion.GivesSolution);
            Assert.Equal(Language.En, suggestion.Language);
        }
        else
        {
            Assert.Null(analysis.Suggestion);
        }
    }

    [Fact]
    public void Closed_question_gets_an_open_rephrasing_about_the_same_thing()
    {
        Assert.Equal("What have you tried so far?", QuestionAnalyser.Analyse("Did you try it?").Suggestion);
        Assert.Equal("What still needs to happen before the report is finished?", QuestionAnalyser.Analyse("Did you finish the report?").Suggestion);
        Assert.Equal("What is still unclear to you about the task?", QuestionAnalyser.Analyse("Do you understand the task?").Suggestion);
        Assert.Equal("What is your view on the deadline?", QuestionAnalyser.Analyse("Is the deadline realistic?").Suggestion);
    }

    [Fact]
    public void Solution_gets_a_question_that_hands_the_thinking_back()
    {
        Assert.Equal("What options do you see yourself?", QuestionAnalyser.Analyse("Just move the tasks.").Suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n ")]
    [InlineData("?!")]
    public void Empty_text_is_refused(string text) =>
        Assert.ThrowsAny<ArgumentException>(() => QuestionAnalyser.Analyse(text));

    [Fact]
    public void Null_text_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => QuestionAnalyser.Analyse(null!));
    [Theory]
    [InlineData("Really?")]
    [InlineData("Okay.")]
    [InlineData("Great job, keep going!")]
    [InlineData("How are you doing?")]
    [InlineData("I see.")]
    [InlineData("That is not quite right")]
    [InlineData("Thanks a lot.")]
    [InlineData("Why not?")]
    public void Detects_english_from_the_words(string text) =>
        Assert.Equal(Language.En, QuestionAnalyser.Analyse(text).Language);

    [Fact]
    public void Given_language_wins_over_detection_and_sets_the_suggestion_language()
    {
        var analysis = QuestionAnalyser.Analyse("Did you try it?", Language.Nl);

        Assert.Equal(Language.Nl, analysis.Language);
        Assert.Equal(QuestionKind.Closed, analysis.Kind);
        Assert.Equal("Hoe kijk je daar zelf naar?", analysis.Suggestion);
    }
}
