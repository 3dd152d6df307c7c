using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// The optional <c>idempotencyKey</c> of a mutation that creates something: a client that retries after a timeout or a
/// failure it could not read sends the same key, and is answered what the first attempt created.
/// </summary>
internal static class IdempotencyKeys
{
    public const string Name = "idempotencyKey";

    public static FieldBuilder<TSource, TReturn> IdempotencyKeyArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>(Name,
            $"Your key for this request, up to {Domain.Identity.IdempotencyKey.MaxLength} characters: a retry with the same key is answered what " +
            "the first attempt made, and counted once. The same key with other arguments is a CONFLICT.");

    /// <summary>The request's key, checked, or null when it has none.</summary>
    public static string? IdempotencyKey(this IResolveFieldContext context) =>
        context.GetArgument<string?>(Name) is { } key ? Require.IdempotencyKey(key, Name) : null;
}
