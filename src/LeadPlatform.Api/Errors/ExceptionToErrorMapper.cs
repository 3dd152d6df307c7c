using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using LeadPlatform.Abstractions.Errors;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Api.Errors;

/// <summary>
/// Turns what a resolver throws into a contract error: refusals keep their code and message,
/// infrastructure trouble becomes UNAVAILABLE, anything else INTERNAL with a trace id (logged, never a stack trace).
/// </summary>
public sealed class ExceptionToErrorMapper(ILogger<ExceptionToErrorMapper> logger)
{
    public void Map(UnhandledExceptionContext context) => context.Exception = ToError(context.OriginalException);

    public ExecutionError ToError(Exception exception) =>
        exception switch
        {
            PlatformException refusal => WithCode(new ExecutionError(refusal.Message), ErrorCodes.For(refusal.Code), refusal.Field),
            // The parser's own limits (e.g. nesting depth) are the caller's document, like a syntax error; the
            // executer only turns syntax errors into document errors, so the rest arrive here.
            GraphQLParser.Exceptions.GraphQLParserException parse => WithCode(
                new ExecutionError($"The document is not valid GraphQL: {parse.Description}"), ErrorCodes.BadUserInput, null),
            Orleans.Storage.InconsistentStateException => WithCode(
                new ExecutionError("Someone else changed this at the same moment; please retry."), ErrorCodes.Conflict, null),
            _ when IsInfrastructureTrouble(exception) => Unavailable(exception),
            _ => Internal(exception),
        };

    /// <summary>
    /// A dependency that did not answer: the cluster, the network, or the grain store (SQLite or Azure,
    /// recognised by name so the gateway needs no storage SDK).
    /// </summary>
    private static bool IsInfrastructureTrouble(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OperationCanceledException or TimeoutException or Orleans.Runtime.OrleansException
                or System.Net.Http.HttpRequestException or System.Net.Sockets.SocketException or IOException) return true;
            if (e.GetType().FullName is "Azure.RequestFailedException" or "Microsoft.Data.Sqlite.SqliteException") return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsInfrastructureTrouble)) return true;
        }
        return false;
    }

    private ExecutionError Unavailable(Exception exception)
    {
        logger.LogWarning(exception, "A dependency did not answer in time (trace {TraceId})", TraceId());
        return WithCode(new ExecutionError("The service is temporarily unavailable; please retry."), ErrorCodes.Unavailable, null);
    }

    private ExecutionError Internal(Exception exception)
    {
        var traceId = TraceId();
        logger.LogError(exception, "Unexpected failure while resolving a field (trace {TraceId})", traceId);
        var error = WithCode(new ExecutionError($"An unexpected error occurred. Trace id: {traceId}"), ErrorCodes.Internal, null);
        error.Data["traceId"] = traceId;
        return error;
    }

    private static ExecutionError WithCode(ExecutionError error, string code, string? field)
    {
        error.Code = code;
        if (field is not null) error.Data["field"] = field;
        return error;
    }

    private static string TraceId() => Activity.Current?.TraceId.ToString() ?? ActivityTraceId.CreateRandom().ToString();
}
