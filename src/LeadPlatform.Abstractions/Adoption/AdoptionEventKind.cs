namespace LeadPlatform.Abstractions.Adoption;

/// <summary>What happened, as far as coaching adoption is concerned.</summary>
[GenerateSerializer, Alias("leadplatform.AdoptionEventKind")]
public enum AdoptionEventKind
{
    SessionStarted,
    SessionCompleted,
    QuestionOpen,
    QuestionClosed,
    Interaction,
    ActionCreated,
    ActionCompleted,
    Assessment,
    /// <summary>A manager joined: the denominator of the adoption rate.</summary>
    ManagerAdded,
    /// <summary>A team pulse reading (energy, engagement), counted at the team manager's level.</summary>
    Pulse,
}
