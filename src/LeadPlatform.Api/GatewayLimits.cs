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

    /// <summary>Largest request body in bytes; larger gets HTTP 413. Room for a 10,000-row onboarding file.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest a request may execute before it is answered with UNAVAILABLE (a 10,000-row import needs about 10 s on 2 busy cores).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most mutation fields (aliases included) one request may hold; more is refused before anything runs. Mutations
    /// run one after another, so hundreds in one request could outlive <see cref="RequestTimeout"/> half done, and
    /// the timeout answer cannot say which of them ran.
    /// </summary>
    public int MaxMutationFields { get; set; } = 20;

    /// <summary>
    /// Longest line of a GraphQL document, in characters; longer is refused before parsing (see
    /// <see cref="Http.DocumentLines"/>: a syntax error far along one line costs the parser the square of its column).
    /// Variables are not limited by it: that is where long values such as an onboarding file go.
    /// </summary>
    public int MaxDocumentLineLength { get; set; } = 20_000;

    /// <summary>
    /// Parsed and validated documents kept for repeated queries, as the total length of their query texts in characters
    /// (about ten times that in memory); a query longer than a sixteenth of it is never kept.
    /// </summary>
    public long DocumentCacheSize { get; set; } = 1_000_000;

    /// <summary>Schema introspection: null means on in Development, off elsewhere.</summary>
    public bool? Introspection { get; set; }
}
