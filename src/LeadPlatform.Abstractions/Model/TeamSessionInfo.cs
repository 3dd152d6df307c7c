namespace LeadPlatform.Abstractions.Model;

/// <summary>A team coaching session: the team's own ideas on a topic, each with an owner from the team.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.TeamSessionInfo")]
public sealed record TeamSessionInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string TeamId,
    [property: Id(2)] string Topic,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] TeamIdea[] Ideas);
