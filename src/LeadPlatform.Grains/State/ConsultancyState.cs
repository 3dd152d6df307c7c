namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.Consultancy")]
public sealed class ConsultancyState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public DateTimeOffset CreatedAt { get; set; }
    [Id(2)] public List<string> OrganisationIds { get; set; } = [];
}
