using GraphQL;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Schema;

/// <summary>Short access from a resolver to the request's services and principal.</summary>
internal static class ResolveContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    public static EntityReader Reader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<EntityReader>();

    public static RecommendationPrefetch Prefetch(this IResolveFieldContext context) => ((GatewayUserContext)context.UserContext).Prefetch;

    public static Security.AccessGuard Guard(this IResolveFieldContext context) => ((GatewayUserContext)context.UserContext).Guard;

    public static Principal Principal(this IResolveFieldContext context) =>
        ((GatewayUserContext)context.UserContext).Principal;
}
