using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Abstractions.Model;

/// <summary>A question the manager asked in a session, with its analysis. Private to the session's two people.</summary>
/// <param name="RequestId">The id the recording request's idempotency key derives, so that a retry finds it; null without a key.</param>
[GenerateSerializer, Immutable, Alias("leadplatform.RecordedQuestion")]
public sealed record RecordedQuestion(
    [property: Id(0)] string Text,
    [property: Id(1)] GrowStage Stage,
    [property: Id(2)] DateTimeOffset AskedAt,
    [property: Id(3)] QuestionAnalysis Analysis,
    [property: Id(4)] string? RequestId = null);
