using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using LeadPlatform.Abstractions.Buffers;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Abstractions.Telemetry;
using LeadPlatform.Api.Errors;
using LeadPlatform.Api.Schema;
using LeadPlatform.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Http;

/// <summary>
/// <c>POST /graphql</c>: authenticate the API key, read one <c>{query, variables, operationName}</c> within the
/// size limit, execute within the time limit, write the result. Written here because GraphQL.Server is not
/// obtainable; it stays small on purpose. Nothing escapes as a 500: failures become contract errors.
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    GatewaySerializer serializer,
    ApiKeyAuthenticator authenticator,
    ExceptionToErrorMapper errorMapper,
    ValidatedDocumentCache documents,
    IGrainFactory grains,
    EntityReader reader,
    ManagerTeamCache managerTeams,
    IOptions<GatewayOptions> options,
    IHostEnvironment environment)
{
    private readonly GatewayLimits limits = options.Value.Gateway;

    private readonly ValidationRuleSets rules = new(options.Value.Gateway, options.Value.Gateway.Introspection ?? environment.IsDevelopment());

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleCoreAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            var error = errorMapper.ToError(e);
            WriteError(http, StatusCodes.Status200OK, error);
        }
    }

    private async Task HandleCoreAsync(HttpContext http)
    {
        var principal = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString());
        if (principal is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            WriteError(http, StatusCodes.Status401Unauthorized,
                Error(ErrorCodes.Unauthenticated, "A valid API key is required: send 'Authorization: Bearer <key>'."));
            return;
        }

        var body = await RequestBodyReader.ReadAsync(http.Request.Body, http.Request.ContentLength, limits.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            WriteError(http, StatusCodes.Status413PayloadTooLarge,
                Error(ErrorCodes.BadUserInput, $"The request body is larger than {limits.MaxRequestBytes} bytes."));
            return;
        }
        if (FirstNonWhitespace(body) == '[')
        {
            WriteError(http, StatusCodes.Status400BadRequest,
                Error(ErrorCodes.BadUserInput, "Batched requests are not supported: send one operation per request."));
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = serializer.Read<GraphQLRequest>(body);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            WriteError(http, StatusCodes.Status400BadRequest, Error(ErrorCodes.BadUserInput, "The request body is not valid GraphQL-over-HTTP JSON."));
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            WriteError(http, StatusCodes.Status400BadRequest, Error(ErrorCodes.BadUserInput, "The request has no 'query'."));
            return;
        }
        if (DocumentLines.Longest(request.Query) is var longest && longest > limits.MaxDocumentLineLength)
        {
            WriteError(http, StatusCodes.Status400BadRequest, Error(ErrorCodes.BadUserInput,
                $"The query has a line of {longest} characters; at most {limits.MaxDocumentLineLength} are accepted. Pass long values as variables."));
            return;
        }

        // The principal travels with every grain call of this request, for the silo's tenant check.
        PrincipalContext.Set(principal);
        using var activity = LeadPlatformTelemetry.ActivitySource.StartActivity("graphql " + (request.OperationName ?? "request"));
        activity?.SetTag("leadplatform.role", principal.Role.ToString());
        var cached = documents.Find(request.Query, request.OperationName);
        var result = await executer.ExecuteAsync(execution =>
        {
            execution.Schema = schema;
            execution.Query = request.Query;
            execution.Document = cached?.Document;
            execution.Variables = request.Variables;
            execution.OperationName = request.OperationName;
            execution.RequestServices = http.RequestServices;
            execution.UserContext = new GatewayUserContext(principal, grains, reader, managerTeams);
            execution.CancellationToken = http.RequestAborted;
            execution.Timeout = limits.RequestTimeout;
            execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            execution.ValidationRules = cached is null ? rules.ForNewDocument
                : rules.ForCachedDocument(cached, schema.GetMetadata<bool>(FieldArgumentsAreValidRule.HAS_FIELD_ARGUMENT_VALIDATION_KEY));
            execution.UnhandledExceptionDelegate = context =>
            {
                errorMapper.Map(context);
                return Task.CompletedTask;
            };
        });
        // Executed means every rule passed (with these variables); the document-only rules need not run for it again.
        if (cached is null && result.Executed && result.Document is { } document) documents.Add(request.Query, request.OperationName, document);

        WriteAnswer(http, StatusCodes.Status200OK, "application/graphql-response+json; charset=utf-8", result);
    }

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };

    private static char FirstNonWhitespace(byte[] body) => (char)body.FirstOrDefault(b => !char.IsWhiteSpace((char)b));

    private void WriteError(HttpContext http, int status, ExecutionError error) =>
        WriteAnswer(http, status, "application/json; charset=utf-8", new ExecutionResult { Errors = [error] });

    /// <summary>
    /// Serialised whole before any byte reaches the response: should serialising fail, the error answer is not appended to
    /// half an answer, and the length is known (no chunked encoding).
    /// </summary>
    private void WriteAnswer(HttpContext http, int status, string contentType, ExecutionResult result)
    {
        var answer = AnswerBuffers.Take();
        try
        {
            serializer.Write(answer, result);
            http.Response.StatusCode = status;
            http.Response.ContentType = contentType;
            http.Response.ContentLength = answer.WrittenCount;
            http.Response.BodyWriter.Write(answer.WrittenSpan);
        }
        finally
        {
            AnswerBuffers.GiveBack(answer);
        }
    }

    /// <summary>
    /// Answers are serialised and copied into the response's pipe with no await in between, so each thread reuses one
    /// buffer; a new one per request (room for one entity with a few fields) was ~1 KB of each request's ~17 KB of garbage.
    /// </summary>
    private static readonly ThreadBuffers AnswerBuffers = new(initialBytes: 1024);
}
