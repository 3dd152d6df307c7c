using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Ide;

/// <summary>
/// The answer to GraphiQL's own introspection query, computed once per process from the schema. GraphiQL loads its
/// schema (docs, completion, checks) with that query, which is 15 levels deep and scores ~57,000 in the complexity
/// analysis: far over the limits every client request gets. Run here, on the server, the document is fixed and
/// its cost is the size of the schema, so the limits are not needed; the answer reveals no more than the SDL at
/// <see cref="DeveloperEndpoints.SchemaPath"/>.
/// </summary>
public sealed class SchemaIntrospection(ISchema schema, IGraphQLTextSerializer serializer, IServiceScopeFactory scopes)
{
    private readonly Lazy<Task<string>> json = new(() => ComputeAsync(schema, serializer, scopes));

    /// <summary>The execution result as JSON (<c>{"data":{"__schema":…}}</c>).</summary>
    public Task<string> JsonAsync() => json.Value;

    private static async Task<string> ComputeAsync(ISchema schema, IGraphQLTextSerializer serializer, IServiceScopeFactory scopes)
    {
        // The field middleware runs for introspection fields too; they need no policy, and no data field is selected.
        await using var scope = scopes.CreateAsyncScope();
        // A plain executer: the gateway's (DI) one adds the depth and complexity rules for client documents.
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = Query();
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = GatewayUserContext.For(SystemPrincipal.Instance, scope.ServiceProvider);
        });
        if (result.Errors is { Count: > 0 } errors)
            throw new InvalidOperationException($"Introspecting the schema failed: {errors[0].Message}");
        return serializer.Serialize(result);
    }

    private static string Query()
    {
        using var stream = typeof(SchemaIntrospection).Assembly.GetManifestResourceStream("LeadPlatform.Api.Ide.introspection.graphql")
            ?? throw new InvalidOperationException("The embedded introspection query is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
