using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeadPlatform.Host;

/// <summary>Ready when the cluster answers a grain call and, on a silo, the grain store answers too.</summary>
internal sealed class ReadinessCheck(IServiceProvider services, IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (services.GetService<StorageProbe>() is { } store && !await store.PingAsync(cancellationToken).WaitAsync(Patience, cancellationToken))
                return HealthCheckResult.Unhealthy("The grain store does not answer.");
            await grains.GetGrain<IPlatformGrain>(IPlatformGrain.Key).Ping().WaitAsync(Patience, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The cluster or its store does not answer.", e);
        }
    }
}
