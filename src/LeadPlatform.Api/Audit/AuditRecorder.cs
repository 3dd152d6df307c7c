using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Http;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Api.Audit;

/// <summary>
/// Appends who/when/what to the target tenant's audit log after an audited mutation succeeded. Only ids,
/// enums, flags, numbers and dates of the arguments are kept: free text (names, notes) and input objects never enter the log.
/// </summary>
public sealed class AuditRecorder(IGrainFactory grains, TimeProvider time, ILogger<AuditRecorder> logger)
{
    public async Task RecordAsync(IResolveFieldContext context, AuditRule rule, object? result)
    {
        var target = rule.Target(context, result);
        if (string.IsNullOrEmpty(target)) return;
        var principal = ((GatewayUserContext)context.UserContext).Principal;
        var entry = new AuditEntry(time.GetUtcNow(), principal.TenantId, principal.Role.ToString(), principal.SubjectId,
            context.FieldDefinition.Name, target, Details(context, rule, result));
        // Writing the log is the platform's own work: the actor may have just lost access (a client handed over).
        PrincipalContext.Set(SystemPrincipal.Instance);
        try
        {
            await grains.GetGrain<IAuditLogGrain>(TenantReach.TenantOf(target)).Append(entry);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is made and stored: failing the request now would report it as not made (and many cannot be
            // repeated: an erasure, a hand-over). The answer keeps it and says the entry is missing; the log holds the entry.
            logger.LogError(e, "Audit entry not written: {Action} on {Target} by {ActorRole} {ActorTenant}/{ActorSubject} at {At} ({Details})",
                entry.Action, entry.TargetId, entry.ActorRole, entry.ActorTenantId, entry.ActorSubjectId, entry.At, entry.Details);
            context.Errors.Add(new ExecutionError($"'{entry.Action}' was done, but its audit log entry could not be written; the host's log holds it.")
            {
                Code = Errors.ErrorCodes.Unavailable,
                Path = context.ResponsePath,
            });
        }
    }

    private static string Details(IResolveFieldContext context, AuditRule rule, object? result) => string.Join(", ",
        (context.FieldDefinition.Arguments ?? []).Where(argument => !IsFreeText(argument.ResolvedType))
            .Select(argument => (argument.Name, argument.ResolvedType, Value: context.Arguments?.TryGetValue(argument.Name, out var value) == true ? value.Value : null))
            .Where(argument => argument.Value is not null)
            .Select(argument => $"{argument.Name}={AsTheApiSpellsIt(argument.ResolvedType, argument.Value!)}")
            .Concat(rule.ResultDetail is { } detail && result is not null ? [detail(result)] : []));

    /// <summary>An enum value by its name in the schema (role=ORG_ADMIN, not OrgAdmin); anything else as it is.</summary>
    private static object? AsTheApiSpellsIt(IGraphType? type, object value) => type switch
    {
        NonNullGraphType nonNull => AsTheApiSpellsIt(nonNull.ResolvedType, value),
        EnumerationGraphType enumeration => enumeration.Serialize(value) ?? value,
        _ => value,
    };

    private static bool IsFreeText(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsFreeText(nonNull.ResolvedType),
        StringGraphType => true,
        // An input object may hold names and text; the entry keeps the target id instead.
        IInputObjectGraphType => true,
        _ => false,
    };
}
