namespace LeadPlatform.Domain.Identity;

/// <summary>Rules for human-entered names (teams, people, organisations).</summary>
public static class DisplayName
{
    public const int MaxLength = 200;

    /// <summary>The trimmed name, or an error message that says what is wrong.</summary>
    public static (string? Name, string? Error) Validate(string? raw) => ShortText.Validate(raw, MaxLength);
}
