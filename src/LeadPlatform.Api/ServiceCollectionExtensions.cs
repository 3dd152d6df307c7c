using GraphQL;
using LeadPlatform.Api.Errors;
using LeadPlatform.Api.Http;
using LeadPlatform.Api.Schema;
using LeadPlatform.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the GraphQL gateway: schema, authentication, error mapping.</summary>
    public static IServiceCollection AddLeadPlatformApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GatewayOptions>(configuration.GetSection("LeadPlatform"));
        services.AddSingleton<ApiKeyPrincipalCache>();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<ManagerTeamCache>();
        services.AddHostedService<ApiKeyCacheLeases>();
        services.AddSingleton<ApiKeyIssuer>();
        services.AddSingleton<ExceptionToErrorMapper>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<Ide.SchemaIntrospection>();
        services.AddSingleton(provider => new ValidatedDocumentCache(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<GatewayOptions>>().Value.Gateway.DocumentCacheSize));
        services.AddSingleton<EmployeeTeamCache>();
        services.AddSingleton<EntityReader>();
        services.AddScoped<KeyIssuingRules>();
        services.AddSingleton<Audit.AuditRecorder>();
        // Depth and complexity are validated by the endpoint (Http.ValidationRuleSets): for a cached document only when its variables can change them.
        services.AddGraphQL(graphql =>
        {
            graphql
                .AddSchema<LeadPlatformSchema>()
                .AddGraphTypes(typeof(LeadPlatformSchema).Assembly)
                .AddSystemTextJson()
                .AddSerializer<GatewaySerializer>()
                .AddErrorInfoProvider<ContractErrorInfoProvider>()
                .UseMiddleware<AuthorizationMiddleware>();
            // A cached document's variables and arguments without the library's walks of it (see the class).
            graphql.Services.Register<GraphQL.Validation.IDocumentValidator, PreparedDocumentValidator>(GraphQL.DI.ServiceLifetime.Singleton, replace: true);
            // The endpoint writes answers into the response's pipe (see the class).
            graphql.Services.Register(provider => (GatewaySerializer)provider.GetRequiredService<IGraphQLSerializer>(), GraphQL.DI.ServiceLifetime.Singleton);
        });
        return services;
    }

    /// <summary>Maps <c>POST /graphql</c>.</summary>
    public static IEndpointConventionBuilder MapLeadPlatformGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/graphql", (HttpContextHandler)(http => http.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(http)));

    private delegate Task HttpContextHandler(Microsoft.AspNetCore.Http.HttpContext http);
}
