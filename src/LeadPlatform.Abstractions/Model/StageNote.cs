using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Abstractions.Model;

/// <summary>Notes the manager wrote for one GROW stage, when moving on from it. Private to the session's two people.</summary>
/// <param name="RequestId">The id the adding request's idempotency key derives, so that a retry finds it; null without a key.</param>
[GenerateSerializer, Immutable, Alias("leadplatform.StageNote")]
public sealed record StageNote(
    [property: Id(0)] GrowStage Stage,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset WrittenAt,
    [property: Id(3)] string? RequestId = null);
