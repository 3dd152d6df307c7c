namespace LeadPlatform.Abstractions.Model;

/// <summary>One team pulse: energy and engagement, 1..5 each.</summary>
/// <param name="RequestId">The id the recording request's idempotency key derives, so that a retry finds it; null without a key.</param>
[GenerateSerializer, Immutable, Alias("leadplatform.PulseReading")]
public sealed record PulseReading(
    [property: Id(0)] int Energy,
    [property: Id(1)] int Engagement,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] string? RequestId = null);
