using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Grains;

/// <summary>
/// What a request with an idempotency key made on its first attempt, found again by the id the key derives, so that a
/// retry is answered it instead of making a second one. Found with other arguments, the client mixed up two requests:
/// CONFLICT, and neither is guessed.
/// </summary>
internal static class KeyedRetry
{
    /// <summary><paramref name="made"/> (null when the first attempt made nothing), if <paramref name="sameRequest"/>.</summary>
    /// <param name="what">What was made, with its id, e.g. <c>team 'org-1/team-2'</c>.</param>
    /// <param name="arguments">The arguments compared, e.g. <c>name</c>.</param>
    public static T? Match<T>(T? made, Func<T, bool> sameRequest, string what, string arguments) where T : class =>
        made is null || sameRequest(made)
            ? made
            : throw PlatformException.Conflict($"The idempotency key made {what} with another {arguments}.");

    /// <summary>
    /// The item of <paramref name="kept"/> an earlier request with this <paramref name="requestId"/> made (for items whose id
    /// is the key's, <paramref name="idOf"/>), matched; always null without one.
    /// </summary>
    public static T? Find<T>(string? requestId, List<T> kept, Func<T, string?> idOf, Func<T, bool> sameRequest, string what, string arguments)
        where T : class =>
        requestId is null ? null : Match(kept.Find(item => idOf(item) == requestId), sameRequest, what, arguments);

    /// <summary>What another grain holds under the derived id (<paramref name="read"/>), matched; always null without a key.</summary>
    public static async Task<T?> Read<T>(string? idempotencyKey, Func<Task<T?>> read, Func<T, bool> sameRequest, string what, string arguments)
        where T : class =>
        idempotencyKey is null ? null : Match(await read(), sameRequest, what, arguments);
}
