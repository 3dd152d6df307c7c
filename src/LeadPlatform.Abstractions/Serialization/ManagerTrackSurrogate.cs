using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="ManagerTrack"/> (see <see cref="StyleAdviceSurrogate"/> for why).</summary>
[GenerateSerializer, Alias("leadplatform.ManagerTrack")]
public struct ManagerTrackSurrogate
{
    [Id(0)] public string ManagerId;
    [Id(1)] public CoachingTrack Track;
}

[RegisterConverter]
public sealed class ManagerTrackSurrogateConverter : IConverter<ManagerTrack, ManagerTrackSurrogate>
{
    public ManagerTrack ConvertFromSurrogate(in ManagerTrackSurrogate s) => new(s.ManagerId, s.Track);

    public ManagerTrackSurrogate ConvertToSurrogate(in ManagerTrack t) => new() { ManagerId = t.ManagerId, Track = t.Track };
}
