using LeadPlatform.Api.Http;

namespace LeadPlatform.Api.Tests.Robustness;

public sealed class DocumentLinesTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("{ me }", 6)]
    [InlineData("{\n  me\n}", 4)]
    [InlineData("{\r\n  me { role }\r\n}", 13)]
    [InlineData("a\rbbb\rcc", 3)]
    [InlineData("abc\n", 3)]
    public void The_longest_line_ends_at_any_line_terminator(string document, int expected) =>
        Assert.Equal(expected, DocumentLines.Longest(document));

    [Fact]
    public void A_long_last_line_without_terminator_counts() =>
        Assert.Equal(50_000, DocumentLines.Longest("{ me }\n" + new string('x', 50_000)));
}
