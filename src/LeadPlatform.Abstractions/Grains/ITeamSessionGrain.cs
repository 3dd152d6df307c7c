using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>A team coaching session collecting the team's ideas. Key: <c>{organisationId}/tsess-…</c>; started by the team.</summary>
[Alias("leadplatform.ITeamSessionGrain")]
public interface ITeamSessionGrain : ITenantOwnedGrain
{
    [Alias("Start")] Task<TeamSessionInfo> Start(string teamId, string topic);

    [Alias("Get")] Task<TeamSessionInfo?> Get();

    /// <summary>
    /// Adds an idea owned by a member of the team (its manager or one of its employees). With an
    /// <paramref name="idempotencyKey"/>, a retry answers the idea the first attempt added.
    /// </summary>
    [Alias("AddIdea")] Task<TeamIdea> AddIdea(string text, string ownerId, string? idempotencyKey = null);

    /// <summary>GDPR erasure: removes the ideas this person owns; repeating it changes nothing.</summary>
    [Alias("RemoveIdeasOf")] Task RemoveIdeasOf(string ownerId);
}
