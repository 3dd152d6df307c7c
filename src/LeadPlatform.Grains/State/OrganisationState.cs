namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.Organisation")]
public sealed class OrganisationState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public string? ConsultancyId { get; set; }
    [Id(2)] public DateTimeOffset CreatedAt { get; set; }
    [Id(3)] public List<string> TeamIds { get; set; } = [];

    /// <summary>An archived organisation keeps its data for reading but takes no new structure.</summary>
    [Id(4)] public bool Archived { get; set; }

    /// <summary>Recorded leadership programmes, oldest first, at most <see cref="OrganisationGrain.MaxProgrammes"/>.</summary>
    [Id(5)] public List<string> ProgrammeIds { get; set; } = [];
}
