using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Abstractions.Model;

/// <summary>The entity id of what a request creates, for requests that may carry an idempotency key.</summary>
public static class CreatedIds
{
    /// <summary>
    /// The scope of the keys of what has no parent grain: consultancies and direct customers, which only the platform's
    /// admins create. Their keys are shared between them.
    /// </summary>
    public const string PlatformScope = "platform";

    /// <summary>
    /// Derived from the request's <paramref name="idempotencyKey"/> within <paramref name="scope"/> (who may send it), so a
    /// retry names what the first attempt created; new when there is no key. A bad key is BAD_USER_INPUT.
    /// </summary>
    public static string For(string prefix, string scope, string? idempotencyKey) => idempotencyKey is null
        ? EntityId.New(prefix)
        : IdempotencyKey.EntityIdFor(prefix, scope, Require.IdempotencyKey(idempotencyKey, "idempotencyKey"));

    /// <summary>
    /// The <c>RequestId</c> of an item without an id of its own (an assessment, question or pulse reading), derived like
    /// <see cref="For"/>; null without a key, so such items cost nothing extra when a request has none.
    /// </summary>
    public static string? RequestId(string prefix, string scope, string? idempotencyKey) =>
        idempotencyKey is null ? null : For(prefix, scope, idempotencyKey);
}
