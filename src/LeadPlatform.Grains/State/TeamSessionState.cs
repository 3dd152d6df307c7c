using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.TeamSession")]
public sealed class TeamSessionState
{
    [Id(0)] public string? TeamId { get; set; }
    [Id(1)] public string? Topic { get; set; }
    [Id(2)] public DateTimeOffset StartedAt { get; set; }
    [Id(3)] public List<TeamIdea> Ideas { get; set; } = [];
}
