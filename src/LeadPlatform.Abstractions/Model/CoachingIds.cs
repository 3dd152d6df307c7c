using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// Action item ids carry their session, so <c>completeAction(actionId)</c> finds the session without a
/// lookup table: session <c>{org}/sess-{s}</c> has actions <c>{org}/act-{s}-{random}</c>. Still two
/// <c>[a-z0-9-]</c> parts, tenant first, like every other id.
/// </summary>
public static class CoachingIds
{
    private const string SessionPrefix = EntityKinds.CoachingSession + "-";
    private const string ActionPrefix = EntityKinds.Action + "-";

    /// <summary>
    /// A new action id inside the session <paramref name="sessionId"/> (a valid session key), or with an
    /// <paramref name="idempotencyKey"/> the id the first attempt of the request used.
    /// </summary>
    public static string NewAction(string sessionId, string? idempotencyKey = null)
    {
        if (!TenantKey.TryParse(sessionId, out var session) || !session.EntityId.StartsWith(SessionPrefix, StringComparison.Ordinal))
            throw new ArgumentException("Not a coaching session id.", nameof(sessionId));
        // Only the session's manager adds actions, so the session is the key's scope.
        return new TenantKey(session.TenantId, CreatedIds.For(ActionPrefix + session.EntityId[SessionPrefix.Length..], sessionId, idempotencyKey)).ToString();
    }

    /// <summary>The session an action id belongs to, or null when the text is no action id.</summary>
    public static string? SessionOfAction(string? actionId)
    {
        if (!TenantKey.TryParse(actionId, out var action) || !action.EntityId.StartsWith(ActionPrefix, StringComparison.Ordinal)) return null;
        var parts = action.EntityId.Split('-');
        return parts.Length == 3 && parts[1].Length > 0 && parts[2].Length > 0
            ? new TenantKey(action.TenantId, SessionPrefix + parts[1]).ToString()
            : null;
    }
}
