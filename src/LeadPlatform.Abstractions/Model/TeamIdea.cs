namespace LeadPlatform.Abstractions.Model;

/// <summary>An idea the team came up with in a team coaching session, and the team member who takes it forward.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.TeamIdea")]
public sealed record TeamIdea(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string OwnerId,
    [property: Id(3)] DateTimeOffset AddedAt);
