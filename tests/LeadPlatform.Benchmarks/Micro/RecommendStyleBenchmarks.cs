using BenchmarkDotNet.Attributes;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Benchmarks.Micro;

/// <summary>
/// The style recommendation (SituationalLeadershipTable.Recommend) that every assessment, every
/// currentRecommendation read and recommendStyle query runs.
/// </summary>
[MemoryDiagnoser]
public class RecommendStyleBenchmarks
{
    private static readonly (Competence Competence, Commitment Commitment)[] Cells =
        [.. from competence in Enum.GetValues<Competence>() from commitment in Enum.GetValues<Commitment>() select (competence, commitment)];

    /// <summary>One cell: low competence, high commitment (D1, DIRECTING).</summary>
    [Benchmark(Baseline = true)]
    public StyleAdvice OneCell() => SituationalLeadershipTable.Recommend(Competence.Low, Commitment.High);

    /// <summary>A team in crisis: the override path.</summary>
    [Benchmark]
    public StyleAdvice CrisisOverride() => SituationalLeadershipTable.Recommend(Competence.High, Commitment.High, crisis: true);

    /// <summary>All nine cells of the table, per operation (divide by 9 for one).</summary>
    [Benchmark(OperationsPerInvoke = 9)]
    public StyleAdvice? EveryCell()
    {
        StyleAdvice? last = null;
        foreach (var (competence, commitment) in Cells) last = SituationalLeadershipTable.Recommend(competence, commitment);
        return last;
    }
}
