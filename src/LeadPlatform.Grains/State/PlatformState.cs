namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.Platform")]
public sealed class PlatformState
{
    [Id(0)] public bool AdminBootstrapped { get; set; }
    [Id(1)] public bool DemoSeeded { get; set; }
}
