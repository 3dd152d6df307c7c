using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Schema;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Api.Security;

/// <summary>
/// Who may hold a key for whom: the platform admin any key; an org admin keys for its own organisation's
/// roles; a consultant for its consultancy and its clients' roles; managers and employees none.
/// </summary>
public sealed class KeyIssuingRules(EntityReader reader)
{
    private static readonly Role[] OrganisationRoles = [Role.OrgAdmin, Role.Manager, Role.Employee];

    /// <summary>May the caller issue (or revoke) a key for <paramref name="target"/>?</summary>
    public async ValueTask<bool> MayManageKeyFor(AccessGuard guard, Principal target)
    {
        var caller = guard.Principal;
        return caller.Role switch
        {
            Role.PlatformAdmin => true,
            Role.OrgAdmin => target.TenantId == caller.TenantId && OrganisationRoles.Contains(target.Role),
            Role.Consultant => (target.TenantId == caller.TenantId && target.Role == Role.Consultant)
                || (OrganisationRoles.Contains(target.Role) && target.TenantId != caller.TenantId && await guard.ManagesOrganisation(target.TenantId)),
            _ => false,
        };
    }

    /// <summary>
    /// A key a consultant issues for a client's people (not for its own consultancy): the consultant sees its text, so the
    /// key is revoked when the client is handed over (<see cref="Abstractions.Grains.IClientKeysGrain"/>).
    /// </summary>
    public static bool IsClientKey(Principal? issuer, Principal target) =>
        issuer is { Role: Role.Consultant } && target.TenantId != issuer.TenantId;

    /// <summary>The principal a new key will carry, after checking the caller's right and that it names real things.</summary>
    public async Task<Principal> CheckNewKey(AccessGuard guard, string tenantId, Role role, string? subjectId)
    {
        var target = new Principal(tenantId, role, string.IsNullOrEmpty(subjectId) ? null : subjectId);
        if (!await MayManageKeyFor(guard, target))
            throw PlatformException.Forbidden($"You may not issue a {RoleNames.Of(role)} key for tenant '{tenantId}'.");

        switch (role)
        {
            case Role.PlatformAdmin:
                RequireNoSubject(target);
                if (tenantId != Principal.PlatformTenant) throw PlatformException.BadInput("tenantId", $"must be '{Principal.PlatformTenant}' for PLATFORM_ADMIN");
                break;
            case Role.Consultant:
                RequireNoSubject(target);
                await reader.Consultancy(TenantOfKind(target, EntityKinds.Consultancy, "a consultancy"));
                break;
            case Role.OrgAdmin:
                RequireNoSubject(target);
                await reader.Organisation(TenantOfKind(target, EntityKinds.Organisation, "an organisation"));
                break;
            case Role.Manager:
                await reader.Organisation(TenantOfKind(target, EntityKinds.Organisation, "an organisation"));
                await reader.Manager(SubjectIn(target, EntityKinds.Manager));
                break;
            case Role.Employee:
                await reader.Organisation(TenantOfKind(target, EntityKinds.Organisation, "an organisation"));
                await reader.Employee(SubjectIn(target, EntityKinds.Employee));
                break;
        }
        return target;
    }

    private static void RequireNoSubject(Principal target)
    {
        if (target.SubjectId is not null) throw PlatformException.BadInput("subjectId", $"must be empty for {RoleNames.Of(target.Role)}");
    }

    /// <summary>
    /// The tenant, when it is of the kind the role belongs to: an ORG_ADMIN key for a consultancy's id is a mistake in the
    /// request (BAD_USER_INPUT), not an organisation that was not found.
    /// </summary>
    private static string TenantOfKind(Principal target, string kind, string what) =>
        target.TenantId.StartsWith(kind + "-", StringComparison.Ordinal) ? target.TenantId
            : throw PlatformException.BadInput("tenantId", $"must be the id of {what} ({kind}-…) for a {RoleNames.Of(target.Role)} key");

    private static string SubjectIn(Principal target, string kind)
    {
        if (target.SubjectId is null) throw PlatformException.BadInput("subjectId", $"is required for {RoleNames.Of(target.Role)}");
        if (!TenantKey.TryParse(target.SubjectId, out var key) || key.TenantId != target.TenantId || !key.EntityId.StartsWith(kind + "-", StringComparison.Ordinal))
            throw PlatformException.BadInput("subjectId", $"must be the id of {(target.Role == Role.Employee ? "an" : "a")} {target.Role.ToString().ToLowerInvariant()} of tenant '{target.TenantId}'");
        return target.SubjectId;
    }
}
