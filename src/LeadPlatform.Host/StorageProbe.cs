namespace LeadPlatform.Host;

/// <summary>Asks the configured grain store whether it answers (for /health/ready).</summary>
internal sealed record StorageProbe(Func<CancellationToken, Task<bool>> PingAsync);
