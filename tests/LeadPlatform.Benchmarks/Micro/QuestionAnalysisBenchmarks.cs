using BenchmarkDotNet.Attributes;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Benchmarks.Micro;

/// <summary>
/// QuestionAnalyser.Analyse on the kinds of sentence managers type, in Dutch and English, with the
/// language given (as in a session, whose language is known) and detected (analyseQuestion without it).
/// </summary>
[MemoryDiagnoser]
public class QuestionAnalysisBenchmarks
{
    public static IEnumerable<object[]> Sentences() =>
    [
        ["nl-open", "Wat heb je zelf al geprobeerd?"],
        ["nl-closed", "Heb je het rapport al afgerond?"],
        ["nl-solution", "Verschuif gewoon die taken naar volgende week."],
        ["nl-long", "Dus als ik het goed begrijp loop je vast op de planning van het project, hoe is dat voor jou en wat zou je willen bereiken?"],
        ["en-open", "What have you tried so far?"],
        ["en-closed", "Did you finish the report?"],
        ["en-solution", "Just move the tasks to next week."],
        ["en-long", "So if I understand you correctly you are stuck on the project planning, how does that feel for you and what would you like to achieve?"],
    ];

    [Benchmark]
    [ArgumentsSource(nameof(Sentences))]
    public QuestionAnalysis Detected(string name, string text) => QuestionAnalyser.Analyse(text);

    [Benchmark]
    [ArgumentsSource(nameof(Sentences))]
    public QuestionAnalysis LanguageGiven(string name, string text) =>
        QuestionAnalyser.Analyse(text, name.StartsWith("nl", StringComparison.Ordinal) ? Language.Nl : Language.En);
}
