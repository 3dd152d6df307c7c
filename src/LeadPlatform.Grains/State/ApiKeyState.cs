using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.ApiKey")]
public sealed class ApiKeyState
{
    [Id(0)] public string? SecretHash { get; set; }
    [Id(1)] public Principal? Principal { get; set; }
    [Id(2)] public DateTimeOffset IssuedAt { get; set; }
    [Id(3)] public DateTimeOffset? RevokedAt { get; set; }
}
