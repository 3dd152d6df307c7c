using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Security;

/// <summary>A freshly issued key: <see cref="Key"/> is the secret, shown to the caller exactly once.</summary>
public sealed record IssuedApiKey(string Id, string Key, Principal Principal);
