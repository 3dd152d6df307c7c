using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;

namespace LeadPlatform.Api.Audit;

/// <summary>
/// Appends who/when/what to the target tenant's audit log after an audited mutation succeeded. Only ids,
/// enums, flags, numbers and dates of the arguments are kept: free text (names, notes) and input objects never enter the log.
/// </summary>
public sealed class AuditRecorder(IGrainFactory grains, TimeProvider time)
{
    public async Task RecordAsync(IResolveFieldContext context, AuditRule rule, object? result)
    {
        var target = rule.Target(context, result);
        if (string.IsNullOrEmpty(target)) return;
        var principal = ((GatewayUserContext)context.UserContext).Principal;
        var entry = new AuditEntry(time.GetUtcNow(), principal.TenantId, principal.Role.ToString(), principal.SubjectId,
            context.FieldDefinition.Name, target, Details(context));
        // Writing the log is the platform's own work: the actor may have just lost access (a client handed over).
        PrincipalContext.Set(SystemPrincipal.Instance);
        await grains.GetGrain<IAuditLogGrain>(TenantReach.TenantOf(target)).Append(entry);
    }

    private static string Details(IResolveFieldContext context) => string.Join(", ",
        (context.FieldDefinition.Arguments ?? []).Where(argument => !IsFreeText(argument.ResolvedType))
            .Select(argument => (argument.Name, Value: context.Arguments?.TryGetValue(argument.Name, out var value) == true ? value.Value : null))
            .Where(pair => pair.Value is not null)
            .Select(pair => $"{pair.Name}={pair.Value}"));

    private static bool IsFreeText(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsFreeText(nonNull.ResolvedType),
        StringGraphType => true,
        // An input object may hold names and text; the entry keeps the target id instead.
        IInputObjectGraphType => true,
        _ => false,
    };
}
