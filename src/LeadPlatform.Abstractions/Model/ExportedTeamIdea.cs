namespace LeadPlatform.Abstractions.Model;

/// <summary>An idea the employee owns, with the team session (and its topic) it came from.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ExportedTeamIdea")]
public sealed record ExportedTeamIdea(
    [property: Id(0)] string TeamSessionId,
    [property: Id(1)] string Topic,
    [property: Id(2)] TeamIdea Idea);
