using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

/// <summary>
/// How a tenant root gets into the platform admin's directory: when it is made, and again at every activation (a repeat
/// changes nothing), which lists tenants made before the directory existed as soon as anything touches them. The tenant
/// is saved by then, so neither its creation nor its activation fails for the directory's sake: a listing that fails is
/// tried again on a timer of the tenant's grain.
/// </summary>
public static class TenantDirectory
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static async Task List(IGrainBase grain, IGrainFactory grains, string kind, string tenantId, ILogger logger)
    {
        try
        {
            await grains.GetGrain<ITenantDirectoryGrain>(kind).List(tenantId);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Tenant {TenantId} could not be listed in the directory yet; trying again in {Delay}", tenantId, RetryAfter);
            grain.RegisterGrainTimer(() => List(grain, grains, kind, tenantId, logger), new GrainTimerCreationOptions(RetryAfter, Timeout.InfiniteTimeSpan));
        }
    }
}
