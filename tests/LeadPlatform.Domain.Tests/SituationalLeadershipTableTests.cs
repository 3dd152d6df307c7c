using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

public sealed class SituationalLeadershipTableTests
{
    [Theory]
    [InlineData(Competence.Low, Commitment.High, DevelopmentLevel.D1, LeadershipStyle.Directing, true, false, HatAdvice.Manager)]
    [InlineData(Competence.Low, Commitment.Variable, DevelopmentLevel.D2, LeadershipStyle.Coaching, true, true, HatAdvice.Both)]
    [InlineData(Competence.Low, Commitment.Low, DevelopmentLevel.D2, LeadershipStyle.Coaching, true, true, HatAdvice.Both)]
    [InlineData(Competence.Some, Commitment.High, DevelopmentLevel.D2, LeadershipStyle.Coaching, true, true, HatAdvice.Both)]
    [InlineData(Competence.Some, Commitment.Variable, DevelopmentLevel.D2, LeadershipStyle.Coaching, true, true, HatAdvice.Both)]
    [InlineData(Competence.Some, Commitment.Low, DevelopmentLevel.D2, LeadershipStyle.Coaching, true, true, HatAdvice.Both)]
    [InlineData(Competence.High, Commitment.Low, DevelopmentLevel.D3, LeadershipStyle.Supporting, false, true, HatAdvice.Coach)]
    [InlineData(Competence.High, Commitment.Variable, DevelopmentLevel.D3, LeadershipStyle.Supporting, false, true, HatAdvice.Coach)]
    [InlineData(Competence.High, Commitment.High, DevelopmentLevel.D4, LeadershipStyle.Delegating, false, false, HatAdvice.StepAside)]
    public void Each_cell_recommends_its_level_and_style(
        Competence competence, Commitment commitment, DevelopmentLevel level, LeadershipStyle style,
        bool directive, bool supportive, HatAdvice hat)
    {
        var advice = SituationalLeadershipTable.Recommend(competence, commitment);

        Assert.Equal(level, advice.DevelopmentLevel);
        Assert.Equal(style, advice.Style);
        Assert.Equal(directive, advice.Directive);
        Assert.Equal(supportive, advice.Supportive);
        Assert.Equal(hat, advice.Hat);
        Assert.False(string.IsNullOrWhiteSpace(advice.Rationale));
        Assert.False(advice.CrisisOverride);
    }

    [Fact]
    public void The_table_has_exactly_the_nine_cells() =>
        Assert.Equal(9, SituationalLeadershipTable.AllCells.Count());

    public static TheoryData<Competence, Commitment> EveryCell()
    {
        var data = new TheoryData<Competence, Commitment>();
        foreach (var competence in Enum.GetValues<Competence>())
        foreach (var commitment in Enum.GetValues<Commitment>())
            data.Add(competence, commitment);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCell))]
    public void Crisis_overrides_every_cell_with_directing(Competence competence, Commitment commitment)
    {
        var normal = SituationalLeadershipTable.Recommend(competence, commitment);
        var advice = SituationalLeadershipTable.Recommend(competence, commitment, crisis: true);

        Assert.Equal(LeadershipStyle.Directing, advice.Style);
        Assert.True(advice.Directive);
        Assert.False(advice.Supportive);
        Assert.Equal(HatAdvice.Manager, advice.Hat);
        Assert.True(advice.CrisisOverride);
        Assert.Contains("crisis", advice.Rationale, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(normal.DevelopmentLevel, advice.DevelopmentLevel); // the person's level is unchanged; only the style is overridden
    }

    [Theory]
    [InlineData(DevelopmentLevel.D1, LeadershipStyle.Directing)]
    [InlineData(DevelopmentLevel.D2, LeadershipStyle.Coaching)]
    [InlineData(DevelopmentLevel.D3, LeadershipStyle.Supporting)]
    [InlineData(DevelopmentLevel.D4, LeadershipStyle.Delegating)]
    public void Style_follows_level(DevelopmentLevel level, LeadershipStyle style) =>
        Assert.Equal(style, SituationalLeadershipTable.StyleFor(level));
}
