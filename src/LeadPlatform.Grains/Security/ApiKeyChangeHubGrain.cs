using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LeadPlatform.Grains.Security;

/// <summary>
/// The gateways' leases and the change notices that keep their API-key caches sound. Kept in memory only: a new
/// activation knows no leaseholders, so for one lease duration after it starts it lets every change wait until
/// leases that an earlier activation granted have run out. Reentrant: a change waiting for a silent gateway must
/// not hold up the other gateways' renewals.
/// </summary>
[Reentrant]
public sealed class ApiKeyChangeHubGrain(IOptions<ApiKeyCacheOptions> options, TimeProvider time) : Grain, IApiKeyChangeHubGrain
{
    private readonly TimeSpan lease = options.Value.LeaseDuration;
    private readonly Dictionary<GrainId, Leaseholder> leaseholders = [];
    private long activatedAt;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        activatedAt = time.GetTimestamp();
        return Task.CompletedTask;
    }

    public Task<ApiKeyCacheLease> Renew(IApiKeyChangeObserver observer)
    {
        DropLapsed();
        var id = observer.GetGrainId();
        // What the gateway's cache holds is vouched for only while it held a lease here and confirmed every notice.
        var clearFirst = !leaseholders.TryGetValue(id, out var holder) || holder.Unconfirmed > 0 || holder.MissedNotice;
        holder ??= leaseholders[id] = new Leaseholder(observer);
        holder.MissedNotice = false;
        holder.RenewedAt = time.GetTimestamp();
        return Task.FromResult(new ApiKeyCacheLease(lease, clearFirst));
    }

    public async Task KeyChanged(string keyId)
    {
        DropLapsed();
        var waits = leaseholders.Values.Select(holder => Notify(holder, keyId)).ToList();
        // Leases an earlier activation granted run out at the latest one lease duration after this one started.
        var earlierLeasesEnd = time.GetElapsedTime(activatedAt);
        if (earlierLeasesEnd < lease) waits.Add(Task.Delay(lease - earlierLeasesEnd, time));
        await Task.WhenAll(waits);
    }

    /// <summary>Waits until the holder confirmed the notice, or, if it does not, until its current lease has run out.</summary>
    private async Task Notify(Leaseholder holder, string keyId)
    {
        holder.Unconfirmed++;
        var leaseEnd = Task.Delay(LeaseLeft(holder), time);
        var notice = holder.Observer.KeyChanged(keyId);
        try
        {
            await Task.WhenAny(notice, leaseEnd);
            if (!notice.IsCompletedSuccessfully)
            {
                holder.MissedNotice = true;
                await leaseEnd;
            }
        }
        finally
        {
            holder.Unconfirmed--;
        }
        notice.Ignore(); // a late failure is already accounted for
    }

    private TimeSpan LeaseLeft(Leaseholder holder)
    {
        var left = lease - time.GetElapsedTime(holder.RenewedAt);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>Forgets gateways whose lease ran out (gone, or cut off): renewing again, they start with an empty cache.</summary>
    private void DropLapsed()
    {
        foreach (var (id, holder) in leaseholders) // removing while enumerating is allowed for Dictionary
            if (holder.Unconfirmed == 0 && LeaseLeft(holder) == TimeSpan.Zero) leaseholders.Remove(id);
    }

    private sealed class Leaseholder(IApiKeyChangeObserver observer)
    {
        public IApiKeyChangeObserver Observer { get; } = observer;
        public long RenewedAt { get; set; }
        public int Unconfirmed { get; set; }
        public bool MissedNotice { get; set; }
    }
}
