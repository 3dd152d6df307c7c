namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// Whose team a call may act in, checked by the grain that acts: a manager's call names the manager's own team, so the
/// grain refuses a member of any other team in the same call that does the work (the gateway need not read the member
/// first). Only the platform admin, and the platform's own seeding, pass <see cref="AnyTeam"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.TeamGate")]
public sealed record TeamGate([property: Id(0)] string? OnlyTeamId)
{
    public static readonly TeamGate AnyTeam = new((string?)null);

    public static TeamGate Only(string teamId) => new(teamId);

    /// <summary>True when a member of <paramref name="teamId"/> may be acted on through this gate.</summary>
    public bool Admits(string? teamId) => OnlyTeamId is null || (teamId is not null && OnlyTeamId == teamId);
}
