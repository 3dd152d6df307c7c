namespace LeadPlatform.Domain.Leadership;

/// <summary>
/// How an employee's view of themself on one task differs from their manager's. Steps are self minus
/// manager on the ordered scales (LOW &lt; SOME &lt; HIGH, LOW &lt; VARIABLE &lt; HIGH): positive means the
/// employee rates themself higher. <see cref="Advice"/> is a next step for the conversation about it.
/// </summary>
public sealed record AssessmentGap(
    int CompetenceSteps,
    int CommitmentSteps,
    DevelopmentLevel ManagerLevel,
    DevelopmentLevel SelfLevel,
    string Advice)
{
    public bool Agree => CompetenceSteps == 0 && CommitmentSteps == 0;
}
