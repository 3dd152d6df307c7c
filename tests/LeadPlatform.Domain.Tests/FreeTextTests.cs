using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Domain.Tests;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("  Two options:\n- ask Piet\r\n- read the wiki\t(later)  ", "Two options:\n- ask Piet\r\n- read the wiki\t(later)", null)]
    [InlineData("Null\u0000in the middle", null, "must not contain control characters other than line breaks and tabs")]
    [InlineData("Escape \u001b[31m pasted", null, "must not contain control characters other than line breaks and tabs")]
    [InlineData(" \n\t ", null, "must not be empty")]
    public void Free_text_is_trimmed_keeps_line_breaks_and_tabs_and_refuses_other_control_characters(string raw, string? text, string? error) =>
        Assert.Equal((text, error), FreeText.Validate(raw));

    [Fact]
    public void The_length_limit_counts_the_text_without_surrounding_spaces()
    {
        Assert.Null(FreeText.Validate("  " + new string('x', FreeText.MaxLength) + "  ").Error);
        Assert.Equal("must be at most 2000 characters", FreeText.Validate(new string('x', FreeText.MaxLength + 1)).Error);
    }
}
