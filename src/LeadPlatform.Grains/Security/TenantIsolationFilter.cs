using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Grains.Security;

/// <summary>
/// The silo's half of tenant isolation: a call from outside the cluster (the gateway's client) to a
/// tenant-owned grain must carry a principal whose tenant reaches the grain's tenant. Grain-to-grain
/// calls are the platform's own work and pass, so they need not carry the principal: it is dropped once checked.
/// </summary>
public sealed class TenantIsolationFilter(IGrainFactory grains) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (IsFromOutsideTheCluster(context))
        {
            if (context.Grain is ITenantOwnedGrain)
            {
                var principal = PrincipalContext.Current
                    ?? throw PlatformException.Forbidden("The call carries no principal.");
                var tenant = TenantReach.TenantOf(context.TargetId.Key.ToString()!);
                if (!await TenantReach.CanReach(principal, tenant, ConsultancyOf))
                    throw PlatformException.Forbidden("This tenant's data is not reachable for the caller.");
            }
            PrincipalContext.Clear();
        }
        await context.Invoke();
    }

    private static bool IsFromOutsideTheCluster(IIncomingGrainCallContext context) =>
        context.SourceId is not { } source || GrainTypePrefix.IsClient(source);

    private Task<string?> ConsultancyOf(string organisationId) =>
        grains.GetGrain<IOrganisationGrain>(organisationId).GetConsultancyId();
}
