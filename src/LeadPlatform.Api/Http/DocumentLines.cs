namespace LeadPlatform.Api.Http;

/// <summary>
/// Line lengths of a GraphQL document. The parser (GraphQL-Parser 9.5) builds a syntax error's message with a
/// left-pad loop that costs the square of the error's column: one request with a 1 MB single-line document and a
/// syntax error at its end kept a core busy for minutes (found by the hardening fuzz test, a request that "hung" for
/// 164 s). Refusing very long lines before parsing bounds that cost; long values belong in variables anyway.
/// </summary>
public static class DocumentLines
{
    /// <summary>The longest line, in characters; \n, \r\n and \r end a line, as they do for the parser's column count.</summary>
    public static int Longest(ReadOnlySpan<char> document)
    {
        var longest = 0;
        while (true)
        {
            var end = document.IndexOfAny('\n', '\r');
            var length = end < 0 ? document.Length : end;
            if (length > longest) longest = length;
            if (end < 0) return longest;
            document = document[(end + 1)..];
        }
    }
}
