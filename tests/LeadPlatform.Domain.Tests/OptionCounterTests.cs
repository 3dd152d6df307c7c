using LeadPlatform.Domain.Coaching.Feedback;

namespace LeadPlatform.Domain.Tests;

/// <summary>Counting the options a manager noted in OPTIONS.</summary>
public sealed class OptionCounterTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("   \n \t\n", 0)]
    [InlineData("Bel de klant", 1)]
    [InlineData("Call the client", 1)]
    // One per non-empty line
    [InlineData("bel de klant\nmail de klant\nga langs", 3)]
    [InlineData("call the client\r\nemail the client", 2)]
    [InlineData("ask Peter\n\n\n   \ndrop the report", 2)]
    // Bullets
    [InlineData("- bel de klant\n- mail de klant", 2)]
    [InlineData("* ask Peter\n* drop the report\n* move the review", 3)]
    [InlineData("• taken herverdelen\n• uitstel vragen", 2)]
    [InlineData("1. ask Peter\n2. drop the report", 2)]
    [InlineData("1) taken herverdelen\n2) uitstel vragen\n3) extra hulp inhuren", 3)]
    [InlineData("-\n- ask Peter\n*", 1)]
    // Semicolons
    [InlineData("taken herverdelen; uitstel vragen; extra hulp", 3)]
    [InlineData("ask Peter; drop the report;", 2)]
    [InlineData("- ask Peter; call the client\n- drop the report", 3)]
    // Commas and "or" stay one option
    [InlineData("bellen, mailen of langsgaan", 1)]
    [InlineData("call, email or visit the client", 1)]
    [InlineData("ask Peter, Anna or Tom; drop the report", 2)]
    // Headings and numbers inside an option
    [InlineData("Opties:\n- bel de klant\n- mail de klant", 2)]
    [InlineData("Options we found:\n1. ask Peter\n2. drop the report", 2)]
    [InlineData("Optie 1: klant bellen\nOptie 2: klant mailen", 2)]
    [InlineData("1.5 uur extra inplannen", 1)]
    public void Counts_options_in_free_text(string? notes, int expected)
    {
        Assert.Equal(expected, OptionCounter.Count(notes));
    }

    [Fact]
    public void Items_are_the_options_without_bullets()
    {
        Assert.Equal(
            ["ask Peter", "drop the report", "call the client", "move the review"],
            OptionCounter.Items("Options:\n- ask Peter\n2) drop the report\n• call the client; move the review"));
    }
}
