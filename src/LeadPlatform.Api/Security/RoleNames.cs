using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Api.Security;

/// <summary>Roles as the API spells them (ORG_ADMIN, the <c>Role</c> enum's values), for messages and the audit log.</summary>
public static class RoleNames
{
    public static string Of(Role role) =>
        string.Concat(role.ToString().Select((letter, i) => i > 0 && char.IsUpper(letter) ? "_" + letter : letter.ToString())).ToUpperInvariant();

    /// <summary>A role stored by its C# name ("OrgAdmin", as audit entries keep it), spelled as the API does.</summary>
    public static string Of(string storedRole) => Enum.TryParse<Role>(storedRole, out var role) ? Of(role) : storedRole;
}
