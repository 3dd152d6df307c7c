using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Security;

/// <summary>
/// Keeps this gateway's lease on its API-key cache (renewed every <see cref="ApiKeyCacheOptions.RenewInterval"/>) and
/// receives the hub's change notices. When renewals fail the lease runs out and requests ask the key grains again.
/// </summary>
public sealed class ApiKeyCacheLeases(
    IGrainFactory grains,
    ApiKeyPrincipalCache cache,
    IOptions<ApiKeyCacheOptions> options,
    TimeProvider time,
    ILogger<ApiKeyCacheLeases> logger) : BackgroundService, IApiKeyChangeObserver
{
    public Task KeyChanged(string keyId)
    {
        cache.Drop(keyId);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled) return;
        var settings = options.Value;
        // Orleans holds observers weakly; this hosted service lives as long as the process.
        var self = grains.CreateObjectReference<IApiKeyChangeObserver>(this);
        var hub = grains.GetGrain<IApiKeyChangeHubGrain>(IApiKeyChangeHubGrain.Key);
        using var timer = new PeriodicTimer(settings.RenewInterval, time);
        do
        {
            // Measured from before sending: the hub's lease starts later, so this end is never later than the hub's.
            var sentAt = time.GetTimestamp();
            try
            {
                cache.Renewed(sentAt, await hub.Renew(self).WaitAsync(settings.LeaseDuration, time, stoppingToken));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Renewing the API-key cache lease failed; requests ask the key grains until a renewal succeeds");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
