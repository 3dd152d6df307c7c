namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// A gateway's permission to use its API-key cache for <see cref="Duration"/> from the moment it asked.
/// <see cref="ClearFirst"/>: the hub cannot vouch for what the cache holds (a new or lapsed subscription, or a change
/// notice the gateway did not confirm), so the gateway empties it before using it again.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.ApiKeyCacheLease")]
public sealed record ApiKeyCacheLease([property: Id(0)] TimeSpan Duration, [property: Id(1)] bool ClearFirst);
