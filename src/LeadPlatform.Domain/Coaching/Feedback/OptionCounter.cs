using System.Text.RegularExpressions;

namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// Counts the options a manager noted in free text during OPTIONS. One option per non-empty line,
/// per bullet ("-", "*", "•", "1.", "1)") and per ";"-separated item. Commas and "or"/"of" inside
/// one line stay one option ("call, mail or visit the client" is one line of thought), because a
/// comma is just as often part of one option as a separator between several.
/// </summary>
/// <remarks>
/// A line that only announces a list ("Opties:", "Options we found:") is a heading, not an option.
/// A bullet with nothing after it counts nothing. "•" also separates items inside one line, since
/// it is never used for anything else.
/// </remarks>
public static partial class OptionCounter
{
    /// <summary>How many options the notes hold; 0 for null or empty notes.</summary>
    public static int Count(string? notes) => Items(notes).Count;

    /// <summary>The options in the notes, each without its bullet and trimmed, in the order written.</summary>
    public static IReadOnlyList<string> Items(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes)) return [];
        var items = new List<string>();
        foreach (var rawLine in notes.Split(['\r', '\n']))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || IsHeading(line)) continue;
            foreach (var part in line.Split([';', '•']))
            {
                var item = Bullet().Replace(part.Trim(), "").Trim();
                if (item.Any(char.IsLetterOrDigit)) items.Add(item);
            }
        }
        return items;
    }

    /// <summary>"Opties:" announces a list; "Optie 1: klant bellen" is an option.</summary>
    private static bool IsHeading(string line) =>
        line.EndsWith(':') && !line.Contains(';') && !Bullet().IsMatch(line);

    // Dashes, stars, dots and numbers/letters with "." or ")" at the start of an item: "- ", "1. ", "(2) ", "a) ".
    [GeneratedRegex(@"^(?:[-*•·–—+]+|\(?\d{1,2}[.)](?!\d)|\(?[a-zA-Z]\))\s*")]
    private static partial Regex Bullet();
}
