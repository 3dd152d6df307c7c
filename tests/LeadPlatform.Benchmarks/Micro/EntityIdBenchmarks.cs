using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Benchmarks.Micro;

/// <summary>
/// A new entity id (every team, employee, session, interaction and key created): the generator's calls are system calls,
/// so their number per id is what costs. The baseline is the way ids were made before, one call per character.
/// </summary>
[MemoryDiagnoser]
public class EntityIdBenchmarks
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Before 2026-11-28: <see cref="RandomNumberGenerator.GetInt32(int)"/> for each of the 12 characters.</summary>
    [Benchmark(Baseline = true)]
    public string CallPerCharacter()
    {
        Span<char> random = stackalloc char[12];
        for (var i = 0; i < random.Length; i++) random[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"emp-{random}";
    }

    /// <summary>Now: 32 bytes in one call, skipping the few that would bias the alphabet.</summary>
    [Benchmark]
    public string OneCallPerId() => EntityId.New("emp");
}
