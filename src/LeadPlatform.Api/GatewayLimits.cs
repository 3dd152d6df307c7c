namespace LeadPlatform.Api;

/// <summary>Request limits of the GraphQL gateway (<c>LeadPlatform:Gateway:…</c>).</summary>
public sealed class GatewayLimits
{
    /// <summary>Deepest selection nesting accepted; the contract's deepest useful query is about 8.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Complexity budget: every field counts, list fields multiply what is below them, aliases count separately.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>How many items a list field is assumed to return when computing complexity.</summary>
    public int ListImpactMultiplier { get; set; } = 3;

    /// <summary>Largest request body in bytes; larger gets HTTP 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest a request may execute before it is answered with UNAVAILABLE.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Schema introspection: null means on in Development, off elsewhere.</summary>
    public bool? Introspection { get; set; }
}
