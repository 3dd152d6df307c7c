namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.TenantDirectory")]
public sealed class TenantDirectoryState
{
    [Id(0)] public List<string> TenantIds { get; set; } = [];
}
