namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.ClientKeys")]
public sealed class ClientKeysState
{
    [Id(0)] public List<string> KeyIds { get; set; } = [];
}
