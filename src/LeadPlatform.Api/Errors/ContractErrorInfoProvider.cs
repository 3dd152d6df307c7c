using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace LeadPlatform.Api.Errors;

/// <summary>
/// Shapes every error as <c>{ message, locations, path, extensions: { code, field?, traceId? } }</c>.
/// Document errors (syntax, unknown enum value, wrong argument type) are the caller's input: BAD_USER_INPUT.
/// </summary>
public sealed class ContractErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = executionError switch
            {
                DocumentError => ErrorCodes.BadUserInput,
                GraphQL.Execution.TimeoutError => ErrorCodes.Unavailable,
                _ => executionError.Code ?? ErrorCodes.Internal,
            },
        };
        if (executionError is ValidationError validation && validation.Code is { } rule) extensions["rule"] = rule;
        foreach (var key in new[] { "field", "traceId" })
            if (executionError.Data.Contains(key)) extensions[key] = executionError.Data[key];
        return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
    }
}
