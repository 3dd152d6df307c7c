namespace LeadPlatform.Domain.Identity;

/// <summary>
/// Free text people write (a goal, notes, a question, an idea): trimmed, not empty, bounded, line breaks and tabs
/// allowed but no other control characters (a NUL or escape pasted from elsewhere would be stored and shown).
/// </summary>
public static class FreeText
{
    /// <summary>Longest free text accepted; keeps grain states far below storage limits.</summary>
    public const int MaxLength = 2000;

    /// <summary>The trimmed text, or an error message that says what is wrong.</summary>
    public static (string? Text, string? Error) Validate(string? raw) => ShortText.Validate(raw, MaxLength, multiline: true);
}
