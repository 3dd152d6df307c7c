using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Abstractions.Model;

/// <summary>A recorded leadership programme of a client organisation: training days (sorted) and each manager's track.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ProgrammeInfo")]
public sealed record ProgrammeInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateOnly[] TrainingDates,
    [property: Id(3)] ManagerTrack[] Tracks,
    [property: Id(4)] DateTimeOffset RecordedAt)
{
    public string OrganisationId => Security.TenantReach.TenantOf(Id);

    /// <summary>The domain's programme, for the comparison.</summary>
    public Programme ToProgramme() => new(Name, TrainingDates, Tracks);
}
