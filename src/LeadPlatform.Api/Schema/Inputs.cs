using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Schema;

/// <summary>Checks on free-text arguments that are not names (names go through <see cref="Require.Name"/>).</summary>
internal static class Inputs
{
    public const int MaxTextLength = Require.MaxTextLength;

    /// <summary>The same rule the grains apply, checked early so a bad argument never reaches a grain.</summary>
    public static string Text(string? value, string field) => Require.Text(value, field);

    /// <summary>Optional text: null when absent or blank, otherwise as <see cref="Text"/>.</summary>
    public static string? OptionalText(string? value, string field) => string.IsNullOrWhiteSpace(value) ? null : Require.Text(value, field);
}
