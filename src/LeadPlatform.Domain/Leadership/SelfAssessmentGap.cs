namespace LeadPlatform.Domain.Leadership;

/// <summary>
/// Compares a manager's assessment with the employee's self-assessment on the same task. A gap is not
/// an error to correct but the start of a partnering conversation: the two agree on the level, and so
/// on the style, together.
/// </summary>
/// <remarks>
/// The advice names each difference, ability first, because a wrong view of ability leads to the wrong amount of
/// direction; a difference in commitment matters as much to the style, so it is named too. It speaks to whoever reads
/// it: the manager about "them", the employee about "your manager".
/// </remarks>
public static class SelfAssessmentGap
{
    public static AssessmentGap Between(
        Competence managerCompetence, Commitment managerCommitment,
        Competence selfCompetence, Commitment selfCommitment,
        Language language = Language.Nl, GapReader reader = GapReader.Manager)
    {
        var competenceSteps = (int)selfCompetence - (int)managerCompetence;
        var commitmentSteps = (int)selfCommitment - (int)managerCommitment;
        var managerLevel = SituationalLeadershipTable.Recommend(managerCompetence, managerCommitment).DevelopmentLevel;
        var selfLevel = SituationalLeadershipTable.Recommend(selfCompetence, selfCommitment).DevelopmentLevel;
        return new AssessmentGap(competenceSteps, commitmentSteps, managerLevel, selfLevel,
            Advice(competenceSteps, commitmentSteps, language == Language.Nl, reader == GapReader.Employee));
    }

    private static string Advice(int competenceSteps, int commitmentSteps, bool nl, bool employee)
    {
        if (competenceSteps == 0 && commitmentSteps == 0)
            return (nl, employee) switch
            {
                (true, false) => "Jullie zien deze taak hetzelfde: spreek samen de stijl af die daarbij past.",
                (true, true) => "Jij en je leidinggevende zien deze taak hetzelfde: spreek samen de stijl af die daarbij past.",
                (false, false) => "You both see this task the same way: agree together on the style that fits it.",
                (false, true) => "You and your manager see this task the same way: agree together on the style that fits it.",
            };
        string?[] parts = [competenceSteps == 0 ? null : Ability(competenceSteps > 0, nl, employee), commitmentSteps == 0 ? null : Commitment(commitmentSteps > 0, nl, employee)];
        return string.Join(" ", parts.OfType<string>());
    }

    private static string Ability(bool higher, bool nl, bool employee) => (higher, nl, employee) switch
    {
        (true, true, false) => "De medewerker schat het eigen kunnen hoger in dan jij. Vraag waar dat op gebaseerd is en spreek af wat hij of zij je kan laten zien.",
        (true, true, true) => "Je schat je eigen kunnen hoger in dan je leidinggevende. Vertel waar je dat op baseert en spreek af wat je kunt laten zien.",
        (true, false, false) => "They rate their own ability higher than you do. Ask what they base that on, and agree on what they can show you.",
        (true, false, true) => "You rate your own ability higher than your manager does. Say what you base that on, and agree on what you can show.",
        (false, true, false) => "De medewerker schat het eigen kunnen lager in dan jij. Benoem concreet wat je al goed ziet gaan en vraag wat nog onzeker voelt.",
        (false, true, true) => "Je schat je eigen kunnen lager in dan je leidinggevende. Vraag wat hij of zij al goed ziet gaan en vertel wat nog onzeker voelt.",
        (false, false, false) => "They rate their own ability lower than you do. Name concretely what you already see going well, and ask what still feels uncertain.",
        (false, false, true) => "You rate your own ability lower than your manager does. Ask what they already see going well, and say what still feels uncertain.",
    };

    private static string Commitment(bool higher, bool nl, bool employee) => (higher, nl, employee) switch
    {
        (true, true, false) => "De medewerker voelt zich meer betrokken dan jij inschat. Vraag wat hem of haar motiveert, en geef daar ruimte aan.",
        (true, true, true) => "Je voelt je meer betrokken dan je leidinggevende inschat. Vertel wat je motiveert.",
        (true, false, false) => "They feel more committed than you thought. Ask what motivates them, and give it room.",
        (true, false, true) => "You feel more committed than your manager thought. Tell them what motivates you.",
        (false, true, false) => "De medewerker voelt zich minder zeker of betrokken dan jij inschat. Vraag wat het lastig maakt en wat zou helpen.",
        (false, true, true) => "Je voelt je minder zeker of betrokken dan je leidinggevende inschat. Vertel wat het lastig maakt en wat zou helpen.",
        (false, false, false) => "They feel less confident or committed than you thought. Ask what makes it hard and what would help.",
        (false, false, true) => "You feel less confident or committed than your manager thought. Tell them what makes it hard and what would help.",
    };
}

/// <summary>Who reads a gap's advice: the manager (about "them") or the employee (about "your manager").</summary>
public enum GapReader { Manager, Employee }
