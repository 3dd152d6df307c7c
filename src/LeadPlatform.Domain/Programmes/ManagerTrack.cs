namespace LeadPlatform.Domain.Programmes;

/// <summary>One manager of a programme and the track they follow.</summary>
public sealed record ManagerTrack(string ManagerId, CoachingTrack Track);
