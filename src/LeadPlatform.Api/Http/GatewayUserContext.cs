using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Schema;
using LeadPlatform.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Http;

/// <summary>
/// The GraphQL user context of one request: the authenticated principal, and the request's services that fields use
/// each (taken once here: from the request's services, each field's lookup takes the request scope's lock, contended
/// when the ~50 employees of a team resolve their fields in parallel).
/// </summary>
public sealed class GatewayUserContext : Dictionary<string, object?>
{
    public GatewayUserContext(Principal principal, AccessGuard guard, RecommendationPrefetch prefetch)
    {
        Principal = principal;
        guard.Bind(principal);
        Guard = guard;
        Prefetch = prefetch;
    }

    /// <summary>The context for a request of <paramref name="principal"/>, with the services of the request's scope.</summary>
    public static GatewayUserContext For(Principal principal, IServiceProvider requestServices) =>
        new(principal, requestServices.GetRequiredService<AccessGuard>(), requestServices.GetRequiredService<RecommendationPrefetch>());

    public Principal Principal { get; }

    public AccessGuard Guard { get; }

    public RecommendationPrefetch Prefetch { get; }
}
