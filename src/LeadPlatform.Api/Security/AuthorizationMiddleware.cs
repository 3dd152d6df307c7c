using System.Collections;
using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Api.Audit;
using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Security;

/// <summary>
/// Enforces the <see cref="AccessPolicy"/> each field declares, before it resolves, and filters what it
/// returns by entity visibility. Root fields without a policy are refused (fail closed). Fields that declare
/// an <see cref="AuditRule"/> are written to the audit log once they succeeded.
/// </summary>
public sealed class AuthorizationMiddleware : IFieldMiddleware
{
    /// <summary>Per field: a scalar or enum without a policy or audit rule, which this middleware has nothing to do for.</summary>
    private readonly ConcurrentDictionary<FieldType, bool> plainLeaves = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        // Most fields of a response are such leaves (a 50-employee team has ~250): they skip the guard and the result checks.
        context.Parent is not null && plainLeaves.GetOrAdd(context.FieldDefinition, IsPlainLeaf)
            ? next(context)
            : AuthorizeAsync(context, next);

    private static bool IsPlainLeaf(FieldType field) =>
        field.ResolvedType?.GetNamedType() is ScalarGraphType
        && field.GetMetadata<AccessPolicy?>(AccessPolicy.MetadataKey) is null
        && field.GetMetadata<AuditRule?>(AuditRule.MetadataKey) is null;

    private static async ValueTask<object?> AuthorizeAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var guard = ((GatewayUserContext)context.UserContext).Guard;

        var policy = context.FieldDefinition.GetMetadata<AccessPolicy?>(AccessPolicy.MetadataKey);
        if (policy is null && context.Parent is null && !context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            throw PlatformException.Forbidden($"'{context.FieldDefinition.Name}' declares no access policy.");
        if (policy is not null)
        {
            if (!policy.Roles.Contains(guard.Principal.Role))
                throw PlatformException.Forbidden($"The role {guard.Principal.Role} may not use '{context.FieldDefinition.Name}'.");
            if (policy.Scope is not null && !await policy.Scope(context, guard))
                throw Refusal(context);
        }

        var result = await next(context);
        if (context.FieldDefinition.GetMetadata<AuditRule?>(AuditRule.MetadataKey) is { } audit)
            await context.RequestServices!.GetRequiredService<AuditRecorder>().RecordAsync(context, audit, result);
        return result switch
        {
            null or string => result,
            IEnumerable list when IsEntityList(list) => await VisibleOnly(list, guard),
            _ when IsEntity(result) && !await guard.CanSee(result) => throw Refusal(context),
            _ => result,
        };
    }

    /// <summary>Foreign or hidden data is reported as not found: it does not even confirm the id exists.</summary>
    private static PlatformException Refusal(IResolveFieldContext context) =>
        context.Parent is null && context.FieldDefinition.Arguments?.Count > 0 && context.Operation.Operation == GraphQLParser.AST.OperationType.Query
            ? new PlatformException(PlatformErrorCode.NotFound, $"Nothing found for '{context.FieldDefinition.Name}' with these arguments.")
            : PlatformException.Forbidden($"Not allowed: '{context.FieldDefinition.Name}'.");

    private static bool IsEntity(object value) => value.GetType().Namespace == typeof(Abstractions.Model.TeamInfo).Namespace;

    private static bool IsEntityList(IEnumerable list) =>
        list.GetType().GetElementType() is { } element && element.Namespace == typeof(Abstractions.Model.TeamInfo).Namespace;

    private static async Task<Array> VisibleOnly(IEnumerable list, AccessGuard guard)
    {
        var items = list.Cast<object>().ToArray();
        var visible = await Task.WhenAll(items.Select(item => guard.CanSee(item).AsTask()));
        var kept = items.Where((_, i) => visible[i]).ToArray();
        var typed = Array.CreateInstance(list.GetType().GetElementType()!, kept.Length);
        Array.Copy(kept, typed, kept.Length);
        return typed;
    }
}
