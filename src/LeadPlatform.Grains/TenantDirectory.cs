using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

/// <summary>
/// How a tenant root gets into the platform admin's directory: when it is made, and again at every activation (a repeat
/// changes nothing), which lists tenants made before the directory existed as soon as anything touches them. The tenant
/// is saved by then, so neither its creation nor its activation fails for the directory's sake: a listing that fails is
/// tried again on a timer of the tenant's grain, ever less often.
/// </summary>
public static class TenantDirectory
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two tries while the directory keeps failing.</summary>
    public static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    public static Task List(IGrainBase grain, IGrainFactory grains, string kind, string tenantId, ILogger logger) =>
        List(grain, grains, kind, tenantId, logger, RetryAfter);

    private static async Task List(IGrainBase grain, IGrainFactory grains, string kind, string tenantId, ILogger logger, TimeSpan retryAfter)
    {
        try
        {
            await grains.GetGrain<ITenantDirectoryGrain>(kind).List(tenantId);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Tenant {TenantId} could not be listed in the directory yet; trying again in {Delay}", tenantId, retryAfter);
            var next = retryAfter * 2 < LongestRetry ? retryAfter * 2 : LongestRetry;
            IGrainTimer? timer = null;
            // Interleaving: a try waits on the directory only, and the tenant's own calls (access checks among them) go on
            // meanwhile. Each timer fires once and is let go then, so none accumulate on a long-lived activation.
            timer = grain.RegisterGrainTimer(() =>
            {
                timer?.Dispose();
                return List(grain, grains, kind, tenantId, logger, next);
            }, new GrainTimerCreationOptions(retryAfter, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
    }
}
