namespace LeadPlatform.Domain.Identity;

/// <summary>
/// The rule for short one-line texts that people or clients choose (display names, idempotency keys): trimmed, not
/// empty, bounded, and without control characters.
/// </summary>
internal static class ShortText
{
    /// <summary>The trimmed text, or an error message that says what is wrong.</summary>
    /// <param name="multiline">Free text (notes, a goal): line breaks and tabs are allowed, other control characters are not.</param>
    public static (string? Text, string? Error) Validate(string? raw, int maxLength, bool multiline = false)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, "must not be empty");
        if (text.Length > maxLength) return (null, $"must be at most {maxLength} characters");
        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            return (null, multiline ? "must not contain control characters other than line breaks and tabs" : "must not contain control characters");
        return (text, null);
    }
}
