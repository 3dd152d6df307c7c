namespace LeadPlatform.Domain.Identity;

/// <summary>
/// The rule for short one-line texts that people or clients choose (display names, idempotency keys): trimmed, not
/// empty, bounded, and without control characters.
/// </summary>
internal static class ShortText
{
    /// <summary>The trimmed text, or an error message that says what is wrong.</summary>
    public static (string? Text, string? Error) Validate(string? raw, int maxLength)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, "must not be empty");
        if (text.Length > maxLength) return (null, $"must be at most {maxLength} characters");
        if (text.Any(char.IsControl)) return (null, "must not contain control characters");
        return (text, null);
    }
}
