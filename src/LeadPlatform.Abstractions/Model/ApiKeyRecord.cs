using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Abstractions.Model;

/// <summary>What may be shown about a stored API key: whom it speaks for and when it was issued or revoked; never its hash.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ApiKeyRecord")]
public sealed record ApiKeyRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] Principal Principal,
    [property: Id(2)] DateTimeOffset IssuedAt,
    [property: Id(3)] DateTimeOffset? RevokedAt);
