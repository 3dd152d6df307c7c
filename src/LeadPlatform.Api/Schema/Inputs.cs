using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Schema;

/// <summary>Checks on free-text arguments that are not names (names go through <see cref="Require.Name"/>).</summary>
internal static class Inputs
{
    public const int MaxTextLength = Require.MaxTextLength;

    /// <summary>The same rule the grains apply, checked early so a bad argument never reaches a grain.</summary>
    public static string Text(string? value, string field) => Require.Text(value, field);

    /// <summary>
    /// Text the question analyser reads (a question, a goal): as <see cref="Text"/>, and with at least one letter or
    /// digit. The analyser refuses wordless text ("🚀?!") with an ArgumentException, which surfaced as INTERNAL
    /// (found by the hardening fuzzer).
    /// </summary>
    public static string Sentence(string? value, string field)
    {
        var text = Require.Text(value, field);
        if (!text.Any(char.IsLetterOrDigit)) throw PlatformException.BadInput(field, "must contain words");
        return text;
    }

    /// <summary>Optional text: null when absent or blank, otherwise as <see cref="Text"/>.</summary>
    public static string? OptionalText(string? value, string field) => string.IsNullOrWhiteSpace(value) ? null : Require.Text(value, field);
}
