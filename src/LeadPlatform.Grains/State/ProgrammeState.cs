using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.Programme")]
public sealed class ProgrammeState
{
    [Id(0)] public ProgrammeInfo? Programme { get; set; }
}
