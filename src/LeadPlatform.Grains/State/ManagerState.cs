namespace LeadPlatform.Grains.State;

/// <summary>State of a manager: who they are and which team they lead.</summary>
[GenerateSerializer, Alias("leadplatform.state.Manager")]
public sealed class ManagerState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public string? TeamId { get; set; }
}
