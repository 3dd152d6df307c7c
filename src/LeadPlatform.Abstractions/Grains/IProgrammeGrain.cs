using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>One leadership programme of a client organisation. Key: <c>{organisationId}/prog-…</c>; created through the organisation.</summary>
[Alias("leadplatform.IProgrammeGrain")]
public interface IProgrammeGrain : ITenantOwnedGrain
{
    /// <summary>Validates and stores the programme; BAD_USER_INPUT names the field at fault.</summary>
    [Alias("Create")] Task<ProgrammeInfo> Create(string name, DateOnly[] trainingDates, ManagerTrack[] tracks);

    [Alias("Get")] Task<ProgrammeInfo?> Get();

    /// <summary>Adoption before and after training, overall and per track: one call to each manager's adoption grain, all at once.</summary>
    [Alias("Compare")] Task<ProgrammeEffect> Compare(int windowDays);

    /// <summary>Forgets the programme (the organisation drops it from its list).</summary>
    [Alias("Delete")] Task Delete();
}
