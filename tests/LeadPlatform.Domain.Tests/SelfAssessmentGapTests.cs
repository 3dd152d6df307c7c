using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

/// <summary>The gap between a manager's and an employee's own assessment, with advice in Dutch and English.</summary>
public sealed class SelfAssessmentGapTests
{
    [Fact]
    public void Agreement_has_no_steps_and_the_same_level()
    {
        var gap = SelfAssessmentGap.Between(Competence.Some, Commitment.High, Competence.Some, Commitment.High, Language.En);
        Assert.True(gap.Agree);
        Assert.Equal(gap.ManagerLevel, gap.SelfLevel);
        Assert.Contains("same way", gap.Advice);
    }

    [Theory]
    [InlineData(Competence.Low, Competence.High, 2, Language.En, "higher than you do")]
    [InlineData(Competence.Low, Competence.High, 2, Language.Nl, "hoger in dan jij")]
    [InlineData(Competence.High, Competence.Some, -1, Language.En, "lower than you do")]
    [InlineData(Competence.High, Competence.Some, -1, Language.Nl, "lager in dan jij")]
    public void Ability_differences_come_first_with_their_own_advice(Competence manager, Competence self, int steps, Language language, string advice)
    {
        var gap = SelfAssessmentGap.Between(manager, Commitment.Low, self, Commitment.High, language);
        Assert.Equal(steps, gap.CompetenceSteps);
        Assert.Equal(2, gap.CommitmentSteps);
        Assert.Contains(advice, gap.Advice);
    }

    [Theory]
    [InlineData(Language.En, "higher than you do", "less confident or committed than you thought")]
    [InlineData(Language.Nl, "hoger in dan jij", "minder zeker of betrokken dan jij inschat")]
    public void A_gap_in_both_names_ability_first_then_commitment(Language language, string ability, string commitment)
    {
        var gap = SelfAssessmentGap.Between(Competence.Low, Commitment.High, Competence.Some, Commitment.Low, language);
        Assert.Equal((1, -2), (gap.CompetenceSteps, gap.CommitmentSteps));
        Assert.True(gap.Advice.IndexOf(ability, StringComparison.Ordinal) is >= 0 and var at && at < gap.Advice.IndexOf(commitment, StringComparison.Ordinal), gap.Advice);
    }

    [Theory]
    [InlineData(Language.En, "You rate your own ability lower than your manager does.", "You feel more committed than your manager thought.")]
    [InlineData(Language.Nl, "Je schat je eigen kunnen lager in dan je leidinggevende.", "Je voelt je meer betrokken dan je leidinggevende inschat.")]
    public void The_employee_reads_advice_written_to_them(Language language, string ability, string commitment)
    {
        var gap = SelfAssessmentGap.Between(Competence.High, Commitment.Low, Competence.Some, Commitment.High, language, GapReader.Employee);
        Assert.StartsWith(ability, gap.Advice);
        Assert.Contains(commitment, gap.Advice);
        Assert.Contains(language == Language.En ? "your manager" : "je leidinggevende",
            SelfAssessmentGap.Between(Competence.High, Commitment.High, Competence.High, Commitment.High, language, GapReader.Employee).Advice);
    }

    [Theory]
    [InlineData(Commitment.Low, Commitment.High, Language.En, "more committed")]
    [InlineData(Commitment.Low, Commitment.High, Language.Nl, "meer betrokken")]
    [InlineData(Commitment.High, Commitment.Variable, Language.En, "less confident")]
    [InlineData(Commitment.High, Commitment.Variable, Language.Nl, "minder zeker")]
    public void Commitment_differences_when_ability_is_seen_alike(Commitment manager, Commitment self, Language language, string advice)
    {
        var gap = SelfAssessmentGap.Between(Competence.High, manager, Competence.High, self, language);
        Assert.Equal(0, gap.CompetenceSteps);
        Assert.Contains(advice, gap.Advice);
    }

    [Fact]
    public void Levels_come_from_the_situational_leadership_table()
    {
        var gap = SelfAssessmentGap.Between(Competence.High, Commitment.High, Competence.Some, Commitment.High);
        Assert.Equal(DevelopmentLevel.D4, gap.ManagerLevel);
        Assert.Equal(DevelopmentLevel.D2, gap.SelfLevel);
    }
}
