namespace LeadPlatform.Domain.Identity;

/// <summary>Rules for human-entered names (teams, people, organisations).</summary>
public static class DisplayName
{
    public const int MaxLength = 200;

    /// <summary>The trimmed name, or an error message that says what is wrong.</summary>
    public static (string? Name, string? Error) Validate(string? raw)
    {
        var name = raw?.Trim();
        if (string.IsNullOrEmpty(name)) return (null, "must not be empty");
        if (name.Length > MaxLength) return (null, $"must be at most {MaxLength} characters");
        if (name.Any(char.IsControl)) return (null, "must not contain control characters");
        return (name, null);
    }
}
