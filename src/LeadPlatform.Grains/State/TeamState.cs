using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.Team")]
public sealed class TeamState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public string? ManagerId { get; set; }
    [Id(2)] public List<string> EmployeeIds { get; set; } = [];
    [Id(3)] public TeamCrisis? Crisis { get; set; }

    /// <summary>Pulse readings, oldest first, bounded by <see cref="Domain.Teams.PulseScale.MaxReadings"/>.</summary>
    [Id(4)] public List<PulseReading> Pulse { get; set; } = [];

    /// <summary>Team coaching sessions, oldest first, bounded by <see cref="Grains.ManagerGrain.MaxListed"/>.</summary>
    [Id(5)] public List<string> TeamSessionIds { get; set; } = [];

    /// <summary>Pulse facts for the manager's adoption grain, saved with the reading until delivered.</summary>
    [Id(6)] public List<AdoptionEvent> PendingAdoption { get; set; } = [];

    /// <summary>
    /// Ids of the team's erased employees, newest last, bounded by <see cref="Grains.TeamGrain.MaxErasedRemembered"/>: ids
    /// only, no personal data. A keyed <c>addEmployee</c> retried after the erasure would otherwise create the person again.
    /// </summary>
    [Id(7)] public List<string> ErasedEmployeeIds { get; set; } = [];

    /// <summary>Set when the team's organisation is archived: no new manager or employee (the organisation tells its teams).</summary>
    [Id(8)] public bool Archived { get; set; }
}
