using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Storage.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeadPlatform.Host;

/// <summary>Ready when the silo answers a grain call and the grain store answers a query.</summary>
internal sealed class ReadinessCheck(IServiceProvider services, IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (services.GetService<SqliteStoreProbe>() is { } probe && !await probe.PingAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The embedded store does not answer.");
            await grains.GetGrain<IPlatformGrain>(IPlatformGrain.Key).Ping().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The silo does not answer.", e);
        }
    }
}
