using System.Collections.Concurrent;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Security;

/// <summary>
/// The principals of API keys this gateway authenticated, so a request need not ask the key's grain. Sound only
/// under a lease from <see cref="Abstractions.Grains.IApiKeyChangeHubGrain"/> (<see cref="ApiKeyCacheLeases"/>
/// keeps it): without a valid lease nothing is found. Only successes are kept, by key id with the secret's hash,
/// so another secret for a cached key id still goes to the grain and is refused there.
/// </summary>
public sealed class ApiKeyPrincipalCache(IOptions<ApiKeyCacheOptions> options, TimeProvider time)
{
    // The gateway trusts its lease a little shorter than granted: room for its clock and the silo's running at slightly different rates.
    private const double LeaseTrust = 0.9;

    private readonly ApiKeyCacheOptions settings = options.Value;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long generation; // bumped by every drop, under the gate: a lookup that began before a drop must not store its answer
    private long leaseEnd; // timestamp; 0: no lease yet

    public bool Enabled => settings.Enabled;

    /// <summary>Taken before asking the grain; passed to <see cref="Store"/> with its answer.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public Principal? Find(string keyId, string secretHash)
    {
        if (!Enabled || time.GetTimestamp() >= Interlocked.Read(ref leaseEnd)) return null;
        if (!entries.TryGetValue(keyId, out var entry) || !ApiKeyText.HashesEqual(entry.SecretHash, secretHash)) return null;
        if (time.GetElapsedTime(entry.StoredAt) < settings.MaxEntryAge) return entry.Principal;
        entries.TryRemove(KeyValuePair.Create(keyId, entry));
        return null;
    }

    /// <summary>Keeps what the key's grain answered, unless a key was dropped since <paramref name="generationAtLookup"/>.</summary>
    public void Store(string keyId, string secretHash, Principal principal, long generationAtLookup)
    {
        if (!Enabled) return;
        lock (gate)
        {
            if (generation != generationAtLookup) return;
            if (entries.Count >= settings.MaxEntries) entries.Clear();
            entries[keyId] = new Entry(secretHash, principal, time.GetTimestamp());
        }
    }

    /// <summary>The key was revoked or forgotten: no request that starts from now on finds it here.</summary>
    public void Drop(string keyId)
    {
        lock (gate)
        {
            generation++;
            entries.TryRemove(keyId, out _);
        }
    }

    /// <summary>A renewal sent at <paramref name="sentAt"/> was granted: the cache may be used until its lease ends.</summary>
    public void Renewed(long sentAt, ApiKeyCacheLease lease)
    {
        lock (gate)
        {
            if (lease.ClearFirst)
            {
                generation++;
                entries.Clear();
            }
            Interlocked.Exchange(ref leaseEnd, sentAt + (long)(lease.Duration.TotalSeconds * LeaseTrust * time.TimestampFrequency));
        }
    }

    private sealed record Entry(string SecretHash, Principal Principal, long StoredAt);
}
