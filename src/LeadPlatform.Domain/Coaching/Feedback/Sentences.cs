namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// Splits an utterance into sentences the way <see cref="QuestionAnalyser"/> reads them (". ", "?",
/// "!", an ellipsis before a capital), and also at line breaks, because notes are written in lines.
/// </summary>
internal static class Sentences
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(start, i);
                start = ++i;
                continue;
            }
            if (c is not ('.' or '?' or '!' or '…'))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < text.Length && text[i] is '.' or '?' or '!' or '…') i++;
            var run = text[runStart..i];
            var atEnd = text.AsSpan(i).IsWhiteSpace();
            bool ends;
            if (run.Contains('?') || run.Contains('!')) ends = true;
            // An ellipsis ends a sentence only before a capital: "Dus als ik het goed begrijp… Wat mis ik?"
            else if (run.Length >= 2 || run == "…") ends = atEnd || char.IsUpper(text.Skip(i).FirstOrDefault(ch => !char.IsWhiteSpace(ch)));
            else ends = atEnd || char.IsWhiteSpace(text[i]); // "1.5" and "e.g" stay inside the sentence
            if (!ends) continue;
            Add(start, i);
            start = i;
        }
        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            var sentence = text[from..to].Trim();
            if (sentence.Any(char.IsLetterOrDigit)) sentences.Add(sentence);
        }
    }
}
