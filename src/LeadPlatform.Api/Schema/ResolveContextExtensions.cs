using GraphQL;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;

namespace LeadPlatform.Api.Schema;

/// <summary>Short access from a resolver to the request's services and principal (all held by the request's user context).</summary>
internal static class ResolveContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) => ((GatewayUserContext)context.UserContext).Grains;

    public static EntityReader Reader(this IResolveFieldContext context) => ((GatewayUserContext)context.UserContext).Reader;

    public static RecommendationPrefetch Prefetch(this IResolveFieldContext context) => ((GatewayUserContext)context.UserContext).Prefetch;

    public static Security.AccessGuard Guard(this IResolveFieldContext context) => ((GatewayUserContext)context.UserContext).Guard;

    public static Principal Principal(this IResolveFieldContext context) =>
        ((GatewayUserContext)context.UserContext).Principal;
}
