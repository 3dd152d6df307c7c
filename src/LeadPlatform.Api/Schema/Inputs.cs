using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Schema;

/// <summary>Checks on free-text arguments that are not names (names go through <see cref="Require.Name"/>).</summary>
internal static class Inputs
{
    public const int MaxTextLength = 2000;

    public static string Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw PlatformException.BadInput(field, "must not be empty");
        if (value.Length > MaxTextLength) throw PlatformException.BadInput(field, $"must be at most {MaxTextLength} characters");
        return value;
    }
}
