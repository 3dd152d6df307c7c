using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

/// <summary>What <c>recordProgramme</c> receives; the rules are checked by the programme grain (ProgrammeRules).</summary>
public sealed class ProgrammeInput
{
    public string Name { get; set; } = "";
    public List<DateOnly> TrainingDates { get; set; } = [];
    public List<ProgrammeTrackInput> Tracks { get; set; } = [];

    public ManagerTrack[] ManagerTracks() => [.. Tracks.Select(t => new ManagerTrack(t.ManagerId, t.Track))];
}

public sealed class ProgrammeTrackInput
{
    public string ManagerId { get; set; } = "";
    public CoachingTrack Track { get; set; }
}
