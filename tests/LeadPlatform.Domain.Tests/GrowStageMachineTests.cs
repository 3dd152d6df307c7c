using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

public sealed class GrowStageMachineTests
{
    [Theory]
    [InlineData(GrowStage.Goal, GrowStage.Reality, 0)]
    [InlineData(GrowStage.Reality, GrowStage.Options, 0)]
    [InlineData(GrowStage.Options, GrowStage.Will, 0)]
    [InlineData(GrowStage.Will, GrowStage.Completed, 1)]
    [InlineData(GrowStage.Will, GrowStage.Completed, 3)]
    public void Moves_one_stage_at_a_time(GrowStage current, GrowStage expectedNext, int actionCount)
    {
        var advance = GrowStageMachine.Advance(current, actionCount);

        Assert.True(advance.Allowed);
        Assert.Equal(expectedNext, advance.Next);
        Assert.Null(advance.Refusal);
    }

    [Theory]
    [InlineData(GrowStage.Goal)]
    [InlineData(GrowStage.Reality)]
    [InlineData(GrowStage.Options)]
    public void Never_skips_a_stage(GrowStage current)
    {
        var next = GrowStageMachine.Advance(current, actionCount: 5).Next;

        Assert.Equal((int)current + 1, (int)next);
    }

    [Fact]
    public void Walks_the_whole_conversation_in_order()
    {
        var visited = new List<GrowStage> { GrowStage.Goal };
        var stage = GrowStage.Goal;
        while (stage != GrowStage.Completed)
        {
            stage = GrowStageMachine.Advance(stage, actionCount: 1).Next;
            visited.Add(stage);
        }

        Assert.Equal([GrowStage.Goal, GrowStage.Reality, GrowStage.Options, GrowStage.Will, GrowStage.Completed], visited);
    }

    [Fact]
    public void Will_without_an_action_item_cannot_complete()
    {
        var advance = GrowStageMachine.Advance(GrowStage.Will, actionCount: 0);

        Assert.False(advance.Allowed);
        Assert.Equal(GrowStage.Will, advance.Next);
        Assert.Equal("Add at least one action item in WILL before completing the session.", advance.Refusal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Completed_session_cannot_advance(int actionCount)
    {
        var advance = GrowStageMachine.Advance(GrowStage.Completed, actionCount);

        Assert.False(advance.Allowed);
        Assert.Equal(GrowStage.Completed, advance.Next);
        Assert.Contains("completed", advance.Refusal, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Negative_action_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GrowStageMachine.Advance(GrowStage.Will, -1));

    [Theory]
    [InlineData(GrowStage.Goal, Language.En)]
    [InlineData(GrowStage.Goal, Language.Nl)]
    [InlineData(GrowStage.Reality, Language.En)]
    [InlineData(GrowStage.Reality, Language.Nl)]
    [InlineData(GrowStage.Options, Language.En)]
    [InlineData(GrowStage.Options, Language.Nl)]
    [InlineData(GrowStage.Will, Language.En)]
    [InlineData(GrowStage.Will, Language.Nl)]
    public void Every_stage_offers_at_least_three_open_prompts_in_each_language(GrowStage stage, Language language)
    {
        var prompts = GrowStageMachine.Prompts(stage, language);

        Assert.True(prompts.Count >= 3, $"{stage}/{language} has {prompts.Count} prompts.");
        Assert.All(prompts, prompt =>
        {
            var analysis = QuestionAnalyser.Analyse(prompt);
            Assert.True(analysis.Kind == QuestionKind.Open, $"'{prompt}' was judged {analysis.Kind}.");
            Assert.False(analysis.GivesSolution, $"'{prompt}' was judged to give a solution.");
            Assert.Equal(language, analysis.Language);
        });
    }

    [Theory]
    [InlineData(Language.Nl, "Dus als ik het goed begrijp", "Hoe is dat voor jou?")]
    [InlineData(Language.En, "So if I understand you correctly", "How is that for you?")]
    public void Reality_prompts_include_active_listening(Language language, string summaryOpening, string feelingQuestion)
    {
        var prompts = GrowStageMachine.Prompts(GrowStage.Reality, language);

        Assert.Contains(prompts, p => p.StartsWith(summaryOpening, StringComparison.Ordinal));
        Assert.Contains(feelingQuestion, prompts);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nl)]
    public void Completed_has_no_prompts(Language language) =>
        Assert.Empty(GrowStageMachine.Prompts(GrowStage.Completed, language));
}
