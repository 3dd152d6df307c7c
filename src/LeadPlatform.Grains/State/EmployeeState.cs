using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.Employee")]
public sealed class EmployeeState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public string? TeamId { get; set; }

    /// <summary>The team's crisis flag, pushed by the team so reads need no call.</summary>
    [Id(2)] public bool TeamCrisis { get; set; }

    /// <summary>Newest assessment per task, keyed by the normalised task name.</summary>
    [Id(3)] public Dictionary<string, Assessment> LatestByTask { get; set; } = [];

    /// <summary>
    /// The newest assessments, oldest first, not yet sealed into a history page (<see cref="Grains.EmployeeGrain.HistoryLayout"/>):
    /// fewer than a page once an assessment completes.
    /// </summary>
    /// <remarks>Employees stored before pages existed hold their whole history here; their next assessment seals it into pages.</remarks>
    [Id(4)] public List<Assessment> RecentHistory { get; set; } = [];

    /// <summary>The employee's own newest assessment per task, keyed like <see cref="LatestByTask"/>.</summary>
    [Id(5)] public Dictionary<string, Assessment> SelfLatestByTask { get; set; } = [];

    /// <summary>
    /// The newest coaching sessions with this employee, oldest first, not yet sealed into a page
    /// (<see cref="Grains.EmployeeGrain.SessionLayout"/>): fewer than a page once a session is added. Older ones are in sealed
    /// pages, all kept (a GDPR erasure must find every one); reads list the newest <see cref="Grains.ManagerGrain.MaxListed"/>.
    /// </summary>
    /// <remarks>Employees stored before session pages existed hold every session here; their next session seals them into pages.</remarks>
    [Id(6)] public List<string> SessionIds { get; set; } = [];

    /// <summary>Assessment facts for the team manager's adoption grain, saved with the assessment until delivered.</summary>
    [Id(7)] public List<AdoptionEvent> PendingAdoption { get; set; } = [];

    /// <summary>API keys that speak for this employee (revoked ones too), so a GDPR erasure finds and forgets them.</summary>
    [Id(8)] public List<string> ApiKeyIds { get; set; } = [];

    /// <summary>A GDPR erasure has begun: personal data is gone, the employee is NOT_FOUND, only the erasure's plan is kept.</summary>
    [Id(9)] public bool Erasing { get; set; }

    /// <summary>The number of the last adoption fact produced (<see cref="AdoptionEvent.SourceSequence"/>).</summary>
    [Id(10)] public long AdoptionSequence { get; set; }

    /// <summary>History pages sealed so far (numbered from 0); kept through an erasure's first step, which deletes them.</summary>
    [Id(11)] public int SealedHistoryPages { get; set; }

    /// <summary>Session id pages sealed so far (numbered from 0); kept through an erasure until it completes, which deletes them.</summary>
    [Id(12)] public int SealedSessionPages { get; set; }

    /// <summary>
    /// The team a move took this employee from, while the move has not finished (the teams' lists may not show it yet);
    /// null otherwise. <see cref="TeamId"/> is the new team from the move's first step.
    /// </summary>
    [Id(13)] public string? MovingFromTeamId { get; set; }

    /// <summary>
    /// Every team this employee left by a move, oldest first (ids only): their managers hold notes about the employee, which
    /// a GDPR export shows and an erasure removes.
    /// </summary>
    [Id(14)] public List<string> FormerTeamIds { get; set; } = [];
}
