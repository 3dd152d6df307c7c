namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// Coaching-quality feedback on one session. <paramref name="OpenQuestionRatio"/> is
/// open / (open + closed) recorded questions, 0 when there were none; statements do not count.
/// </summary>
public sealed record SessionFeedback(
    double OpenQuestionRatio,
    int OpenQuestions,
    int ClosedQuestions,
    IReadOnlyList<Pitfall> Pitfalls);
