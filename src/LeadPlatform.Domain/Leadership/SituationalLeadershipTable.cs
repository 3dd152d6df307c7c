namespace LeadPlatform.Domain.Leadership;

/// <summary>
/// The one documented competence × commitment table (Hersey &amp; Blanchard, SLII naming).
/// The four corner cells are the textbook levels; the in-between cells lean to the level whose
/// defining trait they share (low competence needs direction, high competence does not).
/// </summary>
public static class SituationalLeadershipTable
{
    private static readonly Dictionary<(Competence, Commitment), StyleAdvice> Cells = new()
    {
        [(Competence.Low, Commitment.High)] = Cell(DevelopmentLevel.D1,
            "Enthusiastic beginner: eager but not yet able. Give clear instructions, show how, check often."),
        [(Competence.Low, Commitment.Variable)] = Cell(DevelopmentLevel.D2,
            "Still learning and the first enthusiasm is wavering. Keep directing the how, and explain why and listen to concerns."),
        [(Competence.Low, Commitment.Low)] = Cell(DevelopmentLevel.D2,
            "Disillusioned learner: not yet able and discouraged. Direct the task and encourage: explain, ask, praise progress."),
        [(Competence.Some, Commitment.High)] = Cell(DevelopmentLevel.D2,
            "Some skill and keen to grow. Keep direction on the approach while asking for their ideas, so they build their own judgement."),
        [(Competence.Some, Commitment.Variable)] = Cell(DevelopmentLevel.D2,
            "Some skill, confidence comes and goes. Combine direction with support: decide together, explain, encourage."),
        [(Competence.Some, Commitment.Low)] = Cell(DevelopmentLevel.D2,
            "Some skill but low motivation. Stay directive on the task and invest in support: listen, explain why it matters."),
        [(Competence.High, Commitment.Low)] = Cell(DevelopmentLevel.D3,
            "Capable but cautious: able to do it, lacking confidence or drive. Step back from the how; ask, listen and encourage."),
        [(Competence.High, Commitment.Variable)] = Cell(DevelopmentLevel.D3,
            "Capable, commitment varies. Share decisions, ask open questions, let them find their own way and back them up."),
        [(Competence.High, Commitment.High)] = Cell(DevelopmentLevel.D4,
            "Self-reliant achiever: able and motivated. Delegate: agree the result, hand over responsibility, stay available."),
    };

    private const string CrisisRationale =
        "Crisis: the situation needs fast, clear direction. Give concrete instructions now; save the reflective coaching conversation for when the crisis is over.";

    /// <summary>Every cell of the table, in competence-then-commitment order.</summary>
    public static IEnumerable<(Competence Competence, Commitment Commitment, StyleAdvice Advice)> AllCells =>
        Cells.Select(c => (c.Key.Item1, c.Key.Item2, c.Value));

    /// <summary>The recommended style for one task; a crisis overrides everything with DIRECTING.</summary>
    public static StyleAdvice Recommend(Competence competence, Commitment commitment, bool crisis = false)
    {
        var advice = Cells[(competence, commitment)];
        return crisis
            ? advice with
            {
                Style = LeadershipStyle.Directing,
                Directive = true,
                Supportive = false,
                Hat = HatAdvice.Manager,
                CrisisOverride = true,
                Rationale = CrisisRationale,
            }
            : advice;
    }

    /// <summary>The style that fits a development level (S1 for D1 … S4 for D4).</summary>
    public static LeadershipStyle StyleFor(DevelopmentLevel level) => level switch
    {
        DevelopmentLevel.D1 => LeadershipStyle.Directing,
        DevelopmentLevel.D2 => LeadershipStyle.Coaching,
        DevelopmentLevel.D3 => LeadershipStyle.Supporting,
        _ => LeadershipStyle.Delegating,
    };

    private static StyleAdvice Cell(DevelopmentLevel level, string rationale)
    {
        var style = StyleFor(level);
        var (directive, supportive, hat) = style switch
        {
            LeadershipStyle.Directing => (true, false, HatAdvice.Manager),
            LeadershipStyle.Coaching => (true, true, HatAdvice.Both),
            LeadershipStyle.Supporting => (false, true, HatAdvice.Coach),
            _ => (false, false, HatAdvice.StepAside),
        };
        return new StyleAdvice(level, style, directive, supportive, hat, CrisisOverride: false, rationale);
    }
}
