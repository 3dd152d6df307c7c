using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

/// <summary>State of a manager: who they are, which team they lead, their record of hats and their follow-up ledger.</summary>
[GenerateSerializer, Alias("leadplatform.state.Manager")]
public sealed class ManagerState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public string? TeamId { get; set; }

    /// <summary>When they became a manager: the start of the coaching-gap count before a first conversation.</summary>
    [Id(2)] public DateTimeOffset? Since { get; set; }

    /// <summary>Coaching sessions, oldest first, bounded by <see cref="Grains.ManagerGrain.MaxListed"/>.</summary>
    [Id(3)] public List<string> SessionIds { get; set; } = [];

    /// <summary>Interactions (sessions included), oldest first, bounded by <see cref="Grains.ManagerGrain.MaxInteractions"/>.</summary>
    [Id(4)] public List<LoggedInteraction> Interactions { get; set; } = [];

    /// <summary>Action items not yet completed, by id, as the sessions pushed them.</summary>
    [Id(5)] public Dictionary<string, ActionItem> OpenActions { get; set; } = [];

    /// <summary>When each standing nudge was first raised, by <c>{kind}:{actionId}</c>.</summary>
    [Id(6)] public Dictionary<string, DateTimeOffset> NudgesRaisedAt { get; set; } = [];

    [Id(7)] public List<AdoptionEvent> PendingAdoption { get; set; } = [];
}
