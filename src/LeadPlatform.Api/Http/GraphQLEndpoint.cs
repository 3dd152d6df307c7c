using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Errors;
using LeadPlatform.Api.Security;
using Microsoft.AspNetCore.Http;

namespace LeadPlatform.Api.Http;

/// <summary>
/// <c>POST /graphql</c>: authenticate the API key, read <c>{query, variables, operationName}</c>, execute, write the result.
/// Written here because GraphQL.Server is not obtainable; it stays small on purpose.
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    ApiKeyAuthenticator authenticator,
    ExceptionToErrorMapper errorMapper)
{
    public async Task HandleAsync(HttpContext http)
    {
        var principal = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString());
        if (principal is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "A valid API key is required: send 'Authorization: Bearer <key>'.");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The request body is not valid GraphQL-over-HTTP JSON.");
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The request has no 'query'.");
            return;
        }

        // The principal travels with every grain call of this request, for the silo's tenant check.
        PrincipalContext.Set(principal);
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Variables = request.Variables;
            options.OperationName = request.OperationName;
            options.RequestServices = http.RequestServices;
            options.UserContext = new GatewayUserContext(principal);
            options.CancellationToken = http.RequestAborted;
            options.UnhandledExceptionDelegate = context =>
            {
                errorMapper.Map(context);
                return Task.CompletedTask;
            };
        });

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, body, http.RequestAborted);
    }
}
