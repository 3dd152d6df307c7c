using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Model;

/// <summary>One manager assessment of an employee on one task, with the advice it led to at that moment.</summary>
/// <param name="RequestId">The id the assessing request's idempotency key derives, so that a retry finds it; null without a key.</param>
[GenerateSerializer, Immutable, Alias("leadplatform.Assessment")]
public sealed record Assessment(
    [property: Id(0)] string Task,
    [property: Id(1)] Competence Competence,
    [property: Id(2)] Commitment Commitment,
    [property: Id(3)] StyleAdvice Recommendation,
    [property: Id(4)] DateTimeOffset AssessedAt,
    [property: Id(5)] string? RequestId = null);
