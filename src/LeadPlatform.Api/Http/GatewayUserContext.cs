using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Schema;
using LeadPlatform.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Http;

/// <summary>
/// The GraphQL user context of one request: the authenticated principal, the request's own access guard and
/// recommendation prefetch, and the shared grain references and entity reader. Fields take them from here, not from the
/// request's services: each lookup there takes the request scope's lock, which the ~50 employees of a team contended for
/// when they resolved their fields in parallel, and which showed as 7.8 % of the thread time of reading one employee.
/// </summary>
public sealed class GatewayUserContext : Dictionary<string, object?>
{
    public GatewayUserContext(Principal principal, IGrainFactory grains, EntityReader reader, ManagerTeamCache managerTeams)
    {
        Principal = principal;
        Grains = grains;
        Reader = reader;
        Guard = new AccessGuard(grains, managerTeams);
        Guard.Bind(principal);
        Prefetch = new RecommendationPrefetch();
    }

    /// <summary>The context for a request of <paramref name="principal"/>, with the gateway's shared services from <paramref name="services"/>.</summary>
    public static GatewayUserContext For(Principal principal, IServiceProvider services) =>
        new(principal, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<EntityReader>(),
            services.GetRequiredService<ManagerTeamCache>());

    public Principal Principal { get; }

    public IGrainFactory Grains { get; }

    public EntityReader Reader { get; }

    public AccessGuard Guard { get; }

    public RecommendationPrefetch Prefetch { get; }
}
