using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

public sealed class CoachingQuestionsTests
{
    public static TheoryData<LeadershipStyle, Language> EveryStyleAndLanguage()
    {
        var data = new TheoryData<LeadershipStyle, Language>();
        foreach (var style in Enum.GetValues<LeadershipStyle>())
        foreach (var language in Enum.GetValues<Language>())
            data.Add(style, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStyleAndLanguage))]
    public void Offers_at_least_four_distinct_questions(LeadershipStyle style, Language language)
    {
        var questions = CoachingQuestions.For(style, language);

        Assert.True(questions.Count >= 4, $"{style}/{language} has {questions.Count} questions.");
        Assert.Equal(questions.Count, questions.Distinct().Count());
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q)));
    }

    [Theory]
    [MemberData(nameof(EveryStyleAndLanguage))]
    public void Every_question_is_open_gives_no_solution_and_is_in_its_language(LeadershipStyle style, Language language)
    {
        Assert.All(CoachingQuestions.For(style, language), question =>
        {
            var analysis = QuestionAnalyser.Analyse(question);
            Assert.True(analysis.Kind == QuestionKind.Open, $"'{question}' was judged {analysis.Kind}.");
            Assert.False(analysis.GivesSolution, $"'{question}' was judged to give a solution.");
            Assert.Equal(language, analysis.Language);
            Assert.Null(analysis.Suggestion);
        });
    }

    [Fact]
    public void Directing_still_checks_understanding_openly()
    {
        Assert.Contains("What do you need from me to get started?", CoachingQuestions.For(LeadershipStyle.Directing, Language.En));
    }

    [Fact]
    public void Styles_ask_different_questions()
    {
        var directing = CoachingQuestions.For(LeadershipStyle.Directing, Language.En);
        var delegating = CoachingQuestions.For(LeadershipStyle.Delegating, Language.En);

        Assert.Empty(directing.Intersect(delegating));
    }
}
