namespace LeadPlatform.Domain.Leadership;

/// <summary>
/// Compares a manager's assessment with the employee's self-assessment on the same task. A gap is not
/// an error to correct but the start of a partnering conversation: the two agree on the level, and so
/// on the style, together.
/// </summary>
/// <remarks>
/// The advice looks at the biggest difference first: ability before commitment, because a wrong view of
/// ability leads to the wrong amount of direction.
/// </remarks>
public static class SelfAssessmentGap
{
    public static AssessmentGap Between(
        Competence managerCompetence, Commitment managerCommitment,
        Competence selfCompetence, Commitment selfCommitment,
        Language language = Language.Nl)
    {
        var competenceSteps = (int)selfCompetence - (int)managerCompetence;
        var commitmentSteps = (int)selfCommitment - (int)managerCommitment;
        var managerLevel = SituationalLeadershipTable.Recommend(managerCompetence, managerCommitment).DevelopmentLevel;
        var selfLevel = SituationalLeadershipTable.Recommend(selfCompetence, selfCommitment).DevelopmentLevel;
        return new AssessmentGap(competenceSteps, commitmentSteps, managerLevel, selfLevel,
            Advice(competenceSteps, commitmentSteps, language));
    }

    private static string Advice(int competenceSteps, int commitmentSteps, Language language)
    {
        var nl = language == Language.Nl;
        return (competenceSteps, commitmentSteps) switch
        {
            (0, 0) => nl
                ? "Jullie zien deze taak hetzelfde: spreek samen de stijl af die daarbij past."
                : "You both see this task the same way: agree together on the style that fits it.",
            ( > 0, _) => nl
                ? "De medewerker schat het eigen kunnen hoger in dan jij. Vraag waar dat op gebaseerd is en spreek af wat hij of zij je kan laten zien."
                : "They rate their own ability higher than you do. Ask what they base that on, and agree on what they can show you.",
            ( < 0, _) => nl
                ? "De medewerker schat het eigen kunnen lager in dan jij. Benoem concreet wat je al goed ziet gaan en vraag wat nog onzeker voelt."
                : "They rate their own ability lower than you do. Name concretely what you already see going well, and ask what still feels uncertain.",
            (_, > 0) => nl
                ? "De medewerker voelt zich meer betrokken dan jij inschat. Vraag wat hem of haar motiveert, en geef daar ruimte aan."
                : "They feel more committed than you thought. Ask what motivates them, and give it room.",
            _ => nl
                ? "De medewerker voelt zich minder zeker of betrokken dan jij inschat. Vraag wat het lastig maakt en wat zou helpen."
                : "They feel less confident or committed than you thought. Ask what makes it hard and what would help.",
        };
    }
}
