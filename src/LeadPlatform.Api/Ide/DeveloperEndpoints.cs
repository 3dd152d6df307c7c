using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

// In the root namespace (like ServiceCollectionExtensions) so the host needs no extra using.
namespace LeadPlatform.Api;

/// <summary>
/// The gateway's developer experience: <c>GET /graphql/ui</c> (GraphiQL), <c>GET /graphql/schema.graphql</c> (SDL)
/// and <c>GET /graphql/introspection.json</c> (the schema as GraphiQL loads it). All are anonymous: they reveal no data, and the page sends the developer's API key to <c>POST /graphql</c>.
/// The page and its assets are embedded in this assembly (see the csproj), so the IDE works offline and in any
/// publish layout without a CDN or a content folder.
/// </summary>
public static class DeveloperEndpoints
{
    public const string UiPath = "/graphql/ui";
    public const string SchemaPath = "/graphql/schema.graphql";
    public const string IntrospectionPath = "/graphql/introspection.json";

    private const string ResourcePrefix = "LeadPlatform.Api.Ide.";
    private const string PageResource = "index.html";

    // Only these names are served (no path from the URL reaches the resource lookup).
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["ide.js"] = "text/javascript; charset=utf-8",
    };

    // Nothing on the page may come from elsewhere; GraphiQL injects <style> elements, hence 'unsafe-inline' for styles only.
    private const string PageContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Assembly Resources = typeof(DeveloperEndpoints).Assembly;

    // The assets change only with the assembly; its (deterministic) module id is a fitting validator.
    private static readonly EntityTagHeaderValue AssetTag = new($"\"{Resources.ManifestModule.ModuleVersionId:N}\"");

    /// <summary>Maps <c>GET /graphql/ui</c>, its assets under <c>/graphql/ui/…</c>, <c>GET /graphql/schema.graphql</c> and <c>GET /graphql/introspection.json</c> (HEAD too).</summary>
    public static IEndpointRouteBuilder MapLeadPlatformDeveloperEndpoints(this IEndpointRouteBuilder endpoints)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(UiPath, methods, new RequestDelegate(ServePageAsync));
        endpoints.MapMethods(UiPath + "/{file}", methods, new RequestDelegate(ServeAssetAsync));
        endpoints.MapMethods(SchemaPath, methods, new RequestDelegate(ServeSchemaAsync));
        endpoints.MapMethods(IntrospectionPath, methods, new RequestDelegate(ServeIntrospectionAsync));
        return endpoints;
    }

    private static Task ServePageAsync(HttpContext http)
    {
        // Routing also matches "/graphql/ui/", where the page's relative asset URLs would resolve one level too deep.
        if (http.Request.Path.Value?.EndsWith('/') == true)
        {
            http.Response.Redirect($"{http.Request.PathBase}{UiPath}{http.Request.QueryString}");
            return Task.CompletedTask;
        }
        http.Response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        return ServeResourceAsync(http, PageResource, "text/html; charset=utf-8");
    }

    private static Task ServeAssetAsync(HttpContext http)
    {
        var file = http.Request.RouteValues["file"] as string;
        if (file is null || !Assets.TryGetValue(file, out var contentType))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return ServeResourceAsync(http, file, contentType);
    }

    private static Task ServeResourceAsync(HttpContext http, string name, string contentType)
    {
        var stream = Resources.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded IDE asset '{name}' is missing; rebuild LeadPlatform.Api (it runs 'npm ci' in src/LeadPlatform.Api/Ide).");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Revalidate every time (cheap 304s), so a new build never shows a stale IDE.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Stream(stream, contentType, entityTag: AssetTag).ExecuteAsync(http);
    }

    private static async Task ServeSchemaAsync(HttpContext http)
    {
        var schema = http.RequestServices.GetRequiredService<ISchema>();
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(schema.Print(), http.RequestAborted);
    }

    private static async Task ServeIntrospectionAsync(HttpContext http)
    {
        var json = await http.RequestServices.GetRequiredService<Ide.SchemaIntrospection>().JsonAsync();
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(json, http.RequestAborted);
    }
}
