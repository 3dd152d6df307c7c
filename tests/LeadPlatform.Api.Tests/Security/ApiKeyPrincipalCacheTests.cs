using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>The gateway's key cache on a fake clock: found only under a valid lease, with the right secret, and fresh.</summary>
public sealed class ApiKeyPrincipalCacheTests
{
    private static readonly Principal OrgAdmin = new("org-a", Role.OrgAdmin, null);
    private static readonly ApiKeyCacheLease Lease = new(TimeSpan.FromSeconds(10), ClearFirst: false);

    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void Nothing_is_found_before_a_lease_was_granted()
    {
        var cache = Cache();
        cache.Store("key-a", "hash-a", OrgAdmin, cache.Generation);
        Assert.Null(cache.Find("key-a", "hash-a"));

        cache.Renewed(clock.GetTimestamp(), Lease);
        Assert.Equal(OrgAdmin, cache.Find("key-a", "hash-a"));
    }

    [Fact]
    public void An_expired_lease_means_the_cache_is_bypassed_until_the_next_renewal()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a");
        var sentAt = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromSeconds(1)); // the renewal's answer arrives later; the lease counts from sending
        cache.Renewed(sentAt, Lease);

        clock.Advance(TimeSpan.FromSeconds(7.9)); // 8.9 s after sending: trusted (90 % of 10 s)
        Assert.NotNull(cache.Find("key-a", "hash-a"));
        clock.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Null(cache.Find("key-a", "hash-a"));

        cache.Renewed(clock.GetTimestamp(), Lease);
        Assert.NotNull(cache.Find("key-a", "hash-a"));
    }

    [Fact]
    public void Another_secret_for_the_key_id_is_not_found()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a");
        Assert.Null(cache.Find("key-a", "hash-b"));
        Assert.Null(cache.Find("key-b", "hash-a"));
    }

    [Fact]
    public void A_dropped_key_is_gone_and_an_answer_asked_for_before_the_drop_is_not_kept()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a");
        var generationBeforeDrop = cache.Generation; // a lookup of key-b is under way at the key's grain

        cache.Drop("key-a");
        cache.Store("key-b", "hash-b", OrgAdmin, generationBeforeDrop);

        Assert.Null(cache.Find("key-a", "hash-a"));
        Assert.Null(cache.Find("key-b", "hash-b"));
    }

    [Fact]
    public void A_renewal_the_hub_cannot_vouch_for_empties_the_cache()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a");
        var generationBeforeRenewal = cache.Generation;

        cache.Renewed(clock.GetTimestamp(), Lease with { ClearFirst = true });
        cache.Store("key-b", "hash-b", OrgAdmin, generationBeforeRenewal);

        Assert.Null(cache.Find("key-a", "hash-a"));
        Assert.Null(cache.Find("key-b", "hash-b"));
    }

    [Fact]
    public void An_entry_older_than_the_maximum_age_is_asked_for_again()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a", new ApiKeyCacheOptions { MaxEntryAge = TimeSpan.FromSeconds(5) });
        clock.Advance(TimeSpan.FromSeconds(5));
        cache.Renewed(clock.GetTimestamp(), Lease);
        Assert.Null(cache.Find("key-a", "hash-a"));
    }

    [Fact]
    public void A_full_cache_starts_again_empty()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a", new ApiKeyCacheOptions { MaxEntries = 2 });
        cache.Store("key-b", "hash-b", OrgAdmin, cache.Generation);
        cache.Store("key-c", "hash-c", OrgAdmin, cache.Generation);

        Assert.Null(cache.Find("key-a", "hash-a"));
        Assert.NotNull(cache.Find("key-c", "hash-c"));
    }

    [Fact]
    public void A_disabled_cache_keeps_nothing()
    {
        var cache = LeasedCacheHolding("key-a", "hash-a", new ApiKeyCacheOptions { Enabled = false });
        Assert.Null(cache.Find("key-a", "hash-a"));
    }

    private ApiKeyPrincipalCache LeasedCacheHolding(string keyId, string hash, ApiKeyCacheOptions? options = null)
    {
        var cache = Cache(options);
        cache.Renewed(clock.GetTimestamp(), Lease);
        cache.Store(keyId, hash, OrgAdmin, cache.Generation);
        return cache;
    }

    private ApiKeyPrincipalCache Cache(ApiKeyCacheOptions? options = null) => new(Options.Create(options ?? new ApiKeyCacheOptions()), clock);
}
