using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.State;

/// <summary>State of one GROW session; every list is bounded by <see cref="GrowSessionRules"/>.</summary>
[GenerateSerializer, Alias("leadplatform.state.CoachingSession")]
public sealed class CoachingSessionState
{
    [Id(0)] public string? ManagerId { get; set; }
    [Id(1)] public string? EmployeeId { get; set; }
    [Id(2)] public string? Goal { get; set; }
    [Id(3)] public Language Language { get; set; }
    [Id(4)] public GrowStage Stage { get; set; }
    [Id(5)] public DateTimeOffset StartedAt { get; set; }
    [Id(6)] public DateTimeOffset? CompletedAt { get; set; }
    [Id(7)] public List<StageNote> Notes { get; set; } = [];
    [Id(8)] public List<RecordedQuestion> Questions { get; set; } = [];
    [Id(9)] public List<ActionItem> Actions { get; set; } = [];

    /// <summary>Adoption facts saved with the change that produced them, until the adoption grain has them.</summary>
    [Id(10)] public List<AdoptionEvent> PendingAdoption { get; set; } = [];
}
