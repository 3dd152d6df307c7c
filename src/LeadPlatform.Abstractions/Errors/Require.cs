using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Abstractions.Errors;

/// <summary>Input checks shared by the gateway and the grains, raising <see cref="PlatformException"/>.</summary>
public static class Require
{
    /// <summary>A valid display name (trimmed), or BAD_USER_INPUT naming the field.</summary>
    public static string Name(string? raw, string field) => Valid(DisplayName.Validate(raw), field);

    /// <summary>A valid idempotency key (trimmed), or BAD_USER_INPUT naming the field.</summary>
    public static string IdempotencyKey(string? raw, string field) => Valid(Domain.Identity.IdempotencyKey.Validate(raw), field);

    private static string Valid((string? Value, string? Error) checkedValue, string field) =>
        checkedValue.Value ?? throw PlatformException.BadInput(field, checkedValue.Error!);

    /// <summary>Longest free text (a question, notes, a goal) accepted.</summary>
    public const int MaxTextLength = FreeText.MaxLength;

    /// <summary>Free text (<see cref="FreeText"/>), or BAD_USER_INPUT naming the field.</summary>
    public static string Text(string? value, string field) => Valid(FreeText.Validate(value), field);

    /// <summary>A tenant-owned key of the given kind (id prefix), or NOT_FOUND: a malformed id names nothing.</summary>
    public static TenantKey Key(string? id, string kind, string what)
    {
        if (TenantKey.TryParse(id, out var key) && key.EntityId.StartsWith(kind + "-", StringComparison.Ordinal)) return key;
        throw PlatformException.NotFound(what, id ?? "");
    }

    /// <summary>A tenant root id (organisation or consultancy) of the given kind, or NOT_FOUND.</summary>
    public static string RootId(string? id, string kind, string what)
    {
        if (EntityId.IsValidPart(id) && id!.StartsWith(kind + "-", StringComparison.Ordinal)) return id;
        throw PlatformException.NotFound(what, id ?? "");
    }
}
