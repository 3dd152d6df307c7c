using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Abstractions.Model;

/// <summary>Notes the manager wrote for one GROW stage, when moving on from it. Private to the session's two people.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.StageNote")]
public sealed record StageNote(
    [property: Id(0)] GrowStage Stage,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset WrittenAt);
