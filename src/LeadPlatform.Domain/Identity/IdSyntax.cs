namespace LeadPlatform.Domain.Identity;

/// <summary>The shape of every id the API gives out: a tenant root (<c>org-…</c>) or a tenant's entity (<c>org-…/team-…</c>).</summary>
public static class IdSyntax
{
    /// <summary>True when the text could be an id the API gave out; says nothing of whether it exists or whose it is.</summary>
    public static bool IsWellFormed(string? id) => EntityId.IsValidPart(id) || TenantKey.TryParse(id, out _);
}
